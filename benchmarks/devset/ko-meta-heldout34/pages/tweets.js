window.YTD.tweet.part0 = [
  {
    "tweet": {
      "id_str": "1835000000000000000",
      "created_at": "Mon Sep 14 16:05:11 +0000 2026",
      "full_text": "[물푸레뉴스] 초등학교 앞 통학로 12곳, 등교 시간 차 못 들어간다 (육가온 기자)\n\n🧵 스레드로 정리합니다 👇",
      "lang": "ko",
      "favorite_count": "3",
      "retweet_count": "0"
    }
  },
  {
    "tweet": {
      "id_str": "1835000000000000001",
      "created_at": "Mon Sep 14 16:06:30 +0000 2026",
      "full_text": "1/ 물푸레시가 내년부터 초등학교 앞 통학로 12곳을 보행자 전용 시간대로 운영한다. 등교 시간인 오전 8시부터 9시까지 차량 진입이 막힌다.",
      "lang": "ko",
      "favorite_count": "4",
      "retweet_count": "1"
    }
  },
  {
    "tweet": {
      "id_str": "1835000000000000002",
      "created_at": "Mon Sep 14 16:07:30 +0000 2026",
      "full_text": "2/ 시범 운영한 두 학교에서는 등굣길 차량과 보행자가 부딪칠 뻔한 사례가 하루 평균 9건에서 1건으로 줄었다고 시는 밝혔다.",
      "lang": "ko",
      "favorite_count": "5",
      "retweet_count": "2",
      "in_reply_to_status_id_str": "1835000000000000001"
    }
  },
  {
    "tweet": {
      "id_str": "1835000000000000003",
      "created_at": "Mon Sep 14 16:08:30 +0000 2026",
      "full_text": "3/ 인근 상인들은 납품 차량 시간이 겹친다며 반발했다. 시는 납품 시간을 오전 9시 이후로 조정하도록 상인회와 협의하고 있다.",
      "lang": "ko",
      "favorite_count": "6",
      "retweet_count": "3",
      "in_reply_to_status_id_str": "1835000000000000002"
    }
  },
  {
    "tweet": {
      "id_str": "1835000000000000004",
      "created_at": "Mon Sep 14 16:09:30 +0000 2026",
      "full_text": "4/ 학부모회는 하교 시간까지 넓혀 달라고 요구했다. 시는 내년 상반기 효과를 분석한 뒤 확대 여부를 정하겠다는 입장이다.",
      "lang": "ko",
      "favorite_count": "7",
      "retweet_count": "4",
      "in_reply_to_status_id_str": "1835000000000000003"
    }
  },
  {
    "tweet": {
      "id_str": "1835000000000000005",
      "created_at": "Mon Sep 14 16:10:30 +0000 2026",
      "full_text": "5/ 시는 차량 진입을 막는 시간에는 통학로 입구에 접이식 차단봉을 세우고, 녹색어머니회와 어르신 일자리 참여자를 배치해 안내를 맡긴다. 긴급차량과 장애인 차량은 예외로 통행을 허용하며, 단속 카메라는 두지 않고 계도 위주로 운영한다. 시는 통학로 바닥에 노란 발자국을 그려 아이들이 걷는 길도 표시한다.",
      "lang": "ko",
      "favorite_count": "8",
      "retweet_count": "5",
      "in_reply_to_status_id_str": "1835000000000000004"
    }
  },
  {
    "tweet": {
      "id_str": "1835000000000000009",
      "created_at": "Mon Sep 14 16:12:02 +0000 2026",
      "full_text": "기사 원문 👉 https://t.co/Xm3kQ9vLpa\n#물푸레뉴스 #통학로",
      "lang": "ko",
      "favorite_count": "12",
      "retweet_count": "9",
      "in_reply_to_status_id_str": "1835000000000000005"
    }
  },
  {
    "tweet": {
      "id_str": "1835000000000000010",
      "created_at": "Fri Sep 11 00:30:00 +0000 2026",
      "full_text": "물푸레뉴스 뉴스레터를 구독하시면 아침 7시에 주요 기사를 보내 드립니다. 구독 https://t.co/Pq8rN2sLbc",
      "lang": "ko",
      "favorite_count": "13",
      "retweet_count": "10"
    }
  }
]
