"""Korean-shaped names the sentence makes a person's, and words that are no person, on sentences
written for these tests (helper kluectx: Finder.morphology, the list rules, the country and
organisation guards, title lookup).

Each kind has its positive and its negative.
"""

import pytest

from builder.rules import Context
from builder.rules.ko import person


def persons(body):
    found, _ = person.find(body, Context(None))
    return {p.name: p for p in found}


# -- countries and regions (CLDR, through babel) ---------------------------------------------------
def test_cldr_gives_countries_and_regions_in_korean():
    assert {"몰디브", "시리아", "아시아", "동유럽"} <= person.TERRITORIES
    assert "세계" not in person.TERRITORIES  # a common word, listed among the not-names


def test_a_country_before_a_leader_title_is_no_person():
    found = persons("몰디브 대통령이 비상사태를 선포하자 몰디브로 가는 항공편이 끊겼다.")
    assert "몰디브" not in found


def test_a_region_before_a_kin_noun_is_no_person():
    assert "아시아" not in persons("그들은 일본을 아시아의 동료라고 불렀다.")


def test_a_country_as_subject_is_no_person():
    assert "시리아" not in persons("시리아가 보유한 무기를 국제기구에 넘기기로 했다.")


def test_a_leader_named_by_one_word_before_the_title_is_still_found():
    assert "푸틴" in persons("푸틴 대통령은 이날 회견에서 제재를 비판했다.")


# -- an initial before a title ---------------------------------------------------------------------
def test_an_initial_before_a_post_is_an_anonymised_person():
    found = persons("경찰 조사 결과 B 경위는 당시 근무지를 벗어난 것으로 확인됐다.")
    assert "B 경위" in found and found["B 경위"].title == "경위"


def test_an_initial_without_a_post_is_not():
    assert not any(n.startswith("B ") for n in persons("B 구역에는 아무도 없었다."))


# -- names Kiwi's dictionary knows whole, with a syllable loanwords use too -------------------------
# (historical figures: the dictionary knows them, invented names it cannot)
def test_a_known_name_with_a_sino_korean_syllable_loanwords_share():
    assert "신돌석" in persons("그러나 신돌석은 산악 지대에서 세력을 모으며 반격에 나섰다.")


def test_a_known_name_joined_to_a_found_one():
    found = persons("거사를 준비한 이휘소와 윤봉길은 끝까지 뜻을 굽히지 않았다.")
    assert {"이휘소", "윤봉길"} <= set(found)


def test_foreign_places_and_firms_are_still_no_names():
    found = persons("오사카는 이날 비가 내렸다. 노키아는 새 휴대폰을 내놓았다.")
    assert not {"오사카", "노키아"} & set(found)


def test_a_known_name_listed_before_a_titled_one_may_end_like_a_body():
    found = persons("회의에는 정몽주, 최치원, 장영실, 정약용 선생이 참석했다.")
    assert "장영실" in found and found["장영실"].title == "선생"


def test_a_city_listed_with_persons_is_no_person():
    assert "서울시" not in persons("시상식에는 김도윤 대표, 한예진, 서울시 관계자가 참석했다.")


def test_a_university_in_a_list_of_titled_people_is_no_name():
    found = persons("토론에는 오재훈 변호사, 한승민 서강대 교수, 배윤철 한양대 교수가 나온다.")
    assert not {"서강대", "한양대"} & set(found)
    assert found["한승민"].organization == "서강대"


# -- a title glued to a bound noun; a title the tables lacked; 'TITLE인 NAME' -------------------------
def test_the_office_of_a_titled_person_names_the_person():
    found = persons("24일 한지윤 미래연합당 의원실은 한 의원이 법률 개정안을 새로 발의했다고 알렸다.")
    assert found["한지윤"].title == "의원" and found["한지윤"].organization == "미래연합당"


def test_candidates_glued_to_between():
    found = persons("한빛당 김서진, 무소속 오태경 대선 후보간 연대 논의가 멈췄다.")
    assert found["오태경"].title == "대선 후보"


def test_an_office_of_a_firm_is_no_person():
    assert persons("한빛전자 감사실은 내부 조사를 시작했다.") == {}


def test_a_numbered_secretary_is_a_title():
    found = persons("북한 오철민 노동당 제1비서 연설 영상이 공개됐다.")
    assert found["오철민"].title == "제1비서" and found["오철민"].organization == "노동당"


def test_a_surname_glued_to_a_title_is_no_name():
    assert "정사무장" not in persons("정사무장은 지난달 기내에서 후배들에게 사과했다.")


def test_a_two_syllable_name_after_a_title_with_in():
    found = persons("화학과 지도교수인 김윤 교수가 11일 전한 말이다.")
    assert found["김윤"].title == "교수"


def test_a_two_syllable_common_noun_before_a_title_is_still_no_name():
    assert persons("노조 위원장이 11일 밝힌 말이다.") == {}


# -- names in a ranking list --------------------------------------------------------------------------
def test_names_ranked_in_a_list_are_persons():
    found = persons("순위에 오른 인물은 오서진 외 5명으로 정하린 40위, 배수현 91위를 기록했다.")
    assert {"오서진", "정하린", "배수현"} <= set(found)


def test_countries_and_firms_ranked_are_no_persons():
    assert persons("한국 3위, 일본 5위를 기록했고 삼성은 1위를 지켰다.") == {}


def test_a_name_modifying_a_noun_without_a_rank_is_still_left():
    assert "배수현" not in persons("배수현 기념관 앞에는 사람들이 모였다.")


# -- false persons: common nouns, a thing after 'this', acronyms, bodies, teams ------------------------
def test_a_surname_syllable_glued_to_a_role_is_a_common_noun():
    assert person.is_korean_name("여교사") is False and person.is_korean_name("박사무장") is False
    assert person.is_korean_name("여민수") is True


def test_a_role_word_with_a_prefix_is_no_person():
    assert "여교사" not in persons("지난해 15세에 불과한 학생과 여교사와 함께 상담을 받았다.")


def test_a_word_after_this_is_a_thing():
    assert persons("이 고문서는 지난 1일 제례를 올릴 때 읽혔다.") == {}


def test_a_name_after_a_verb_is_still_a_name():
    assert "배수현" in persons("현장을 찾은 배수현은 이날 눈물을 흘렸다.")


def test_an_acronym_spelling_c_is_no_name_and_ssi():
    found = persons("이 기술은 라온건설·한성피씨씨·가온테크와 공동 연구로 개발됐다.")
    assert not any(n.startswith("한성") for n in found)


def test_a_name_glued_to_ssi_is_still_found():
    assert "김도윤" in persons("김도윤씨는 이날 기자회견을 열었다.")


def test_a_team_before_a_captains_title_is_no_person():
    found = persons("올 시즌 태산 타이거즈 주장을 맡은 오재민 선수는 팀을 우승으로 이끌었다.")
    assert "태산" not in found and "오재민" in found


def test_a_hospital_is_no_persons_name():
    found = persons("혐의를 받는 라온대 세브란트병원 박모 교수에 대한 재판이 열렸다.")
    assert not any("병원" in n for n in found)


# -- a name as what someone is called; a glossed name joined to a person; a body's short-named member ---
def test_a_name_someone_is_misspelled_as_is_a_person():
    assert "오서진" in persons("한 매체는 그의 이름이 오서진으로 잘못 표기됐다고 전했다.")


def test_a_name_someone_takes_is_a_person():
    assert "배수현" in persons("그는 작년 배수현으로 개명했다.")


def test_a_place_someone_goes_to_is_no_person():
    found = persons("그는 오후 서울역으로 향했다. 옛 한성으로 불리던 도시다.")
    assert not {"서울역", "한성"} & set(found)


def test_a_glossed_name_joined_to_a_person():
    found = persons("대표팀은 한도윤(라온FC)과 김서진이 연속골을 넣었다.")
    assert {"한도윤", "김서진"} <= set(found)


def test_a_short_name_titled_after_a_body_in_the_possessive():
    found = persons("MBC의 최현 아나운서는 이날 방송을 진행했다.")
    assert "최현" in found and found["최현"].title == "아나운서"


def test_a_short_word_titled_without_a_body_is_still_left():
    assert "최현" not in persons("최현 아나운서는 이날 방송을 진행했다.")


# -- a name Kiwi's dictionary knows whole, ending as given names seldom do, in a person's sentence ------
def test_a_known_name_with_an_unusual_ending_doing_what_people_do():
    assert "정도전" in persons("뒤늦게 정도전도 잔치에 참석해 자리를 빛냈다.")


def test_a_firm_and_a_match_known_whole_are_still_no_persons():
    assert persons("현대차는 이날 새 모델을 공개했다. 한일전은 밤에 열렸다.") == {}


# -- a name Kiwi guesses whole although it ends as a particle; a kind of person after a name ----------
def test_a_guessed_name_ending_like_a_particle_in_a_list():
    assert "이하은" in persons("김서연, 박지훈, 이하은 등 3명이 구속됐다.")


def test_a_name_before_a_word_for_a_child_or_a_patient():
    assert "김서연" in persons("김서연 어린이는 이날 그림을 그렸다.")


def test_a_school_before_students_is_no_person():
    assert persons("순천 한빛고 학생 9명은 봉사활동 명령을 받았다.") == {}


def test_a_rank_after_a_name_is_no_second_name():
    assert "소방장" not in persons("김서연 소방장은 이날 불을 껐다.")


# -- a title is no organisation -------------------------------------------------------------------------
def test_a_first_post_before_a_second_is_no_organisation():
    found = persons("김서연 대표이사 사장은 이날 말했다.")
    assert found["김서연"].title == "대표이사 사장" and found["김서연"].organization is None


def test_a_firm_before_a_post_is_still_the_organisation():
    assert persons("김서연 한빛전자 이사는 이날 말했다.")["김서연"].organization == "한빛전자"


# -- 'former' before a body is no name; the role before a glossed name with 씨 ----------------------------
def test_former_and_a_body_before_a_role_are_no_name():
    found = persons("검찰은 전 한빛건설 대표 김도윤(54)씨를 구속 기소했다.")
    assert set(found) == {"김도윤"}
    assert found["김도윤"].title == "전 대표" and found["김도윤"].organization == "한빛건설"


def test_an_occupation_before_a_glossed_name_with_ssi_is_its_title():
    assert persons("회사원 김서연(29)씨는 이날 말했다.")["김서연"].title == "회사원"


# -- the body before 'NAME TITLE' -------------------------------------------------------------------------
def test_a_bank_before_a_name_and_a_post_is_its_organisation():
    assert persons("한빛은행 정하린 부행장은 이날 말했다.")["정하린"].organization == "한빛은행"


def test_a_time_word_before_a_name_and_a_post_is_no_organisation():
    assert persons("이날 김서연 대표는 말했다.")["김서연"].organization is None


# -- names written apart before a titled one ----------------------------------------------------------
def test_a_city_and_a_club_before_a_coach_are_no_names():
    found = persons("원주 한빛 강동수(52) 감독이 사퇴 의사를 밝혔다.")
    assert set(found) == {"강동수"} and found["강동수"].title == "감독"


def test_a_city_before_a_correspondent_is_no_name():
    assert "파리" not in persons("파리 오서진 특파원이 전합니다.")


def test_names_written_apart_share_the_title():
    found = persons("한도윤 오태경 정민호 전 국무총리가 지지를 선언했다.")
    assert all(found[n].title == "전 국무총리" for n in ("한도윤", "오태경", "정민호"))


# -- a gloss inside a word ---------------------------------------------------------------------------
def test_a_province_glossed_before_its_suffix_is_no_person():
    assert persons("보건 당국은 4일 산시(山西)성의 한 양돈 농장 직원이 감염됐다고 밝혔다.") == {}


def test_a_name_glossed_before_its_particle_is_still_a_person():
    assert "김도윤" in persons("배우 김도윤(金道允)이 이번 영화에 출연했다.")


# -- a title or role with a particle the table leaves out ('아나운서나') ----------------------------------
def test_a_role_before_the_particle_na_is_the_names_title():
    found = persons("진행은 한빛방송의 최솔 아나운서나 진하람 기자가 맡는다.")
    assert found["최솔"].title == "아나운서"


def test_a_word_ending_in_na_that_is_no_title_keeps_its_syllable():
    f = person.Finder("그의 누나 최솔은 웃었다.", Context(None))
    assert "누나" in [t.stem for t in f.toks]


# -- a name Kiwi guesses whole before a title, whatever its last syllable ----------------------------
def test_a_guessed_name_ending_like_a_body_before_a_title_is_a_name():
    found = persons("다음은 하영국 점장의 사과문이다.")
    assert found["하영국"].title == "점장"


def test_a_guessed_university_before_a_title_is_no_name():
    assert persons("새봄대 교수는 반대했다.") == {}
    found = persons("주거 연구자인 남궁민재 새봄대 교수가 지적했다.")
    assert "새봄대" not in found and found["남궁민재"].organization == "새봄대"


# -- two titled names joined by a dash ('… 전 대통령-… 전 국무장관 부부') ----------------------------
def test_a_dash_after_a_title_starts_the_next_titled_name():
    found = persons("한편 톰 하워드 전 대통령-제인 하워드 전 국무장관 부부는 내일 도쿄를 방문한다.")
    assert found["톰 하워드"].title == "전 대통령"
    assert found["제인 하워드"].title == "전 국무장관"


def test_a_dash_inside_a_word_that_is_no_title_stays():
    f = person.Finder("한빛-새봄 노선이 열렸다.", Context(None))
    assert "한빛-새봄" in [t.text for t in f.toks]


# -- a common word after a role and before '씨' ('가수 하루 씨') ------------------------------------------
def test_a_common_word_between_a_role_and_ssi_is_a_name():
    assert "하루" in persons("가수 하루 씨가 무대에 올랐다.")


def test_a_common_word_before_ssi_without_a_role_is_no_name():
    assert persons("이날 씨 없는 수박이 나왔다.") == {}


# -- a foreign name Kiwi cuts into common nouns, listed among foreign names --------------------------
def test_a_foreign_name_cut_into_nouns_beside_listed_foreign_names_is_a_name():
    found = persons("챔피언은 헨더슨 실바, 루카스 고메즈, 마크 로페즈 등과 맞붙었다.")
    assert "헨더슨 실바" in found


def test_a_country_before_a_word_beside_listed_foreign_names_is_no_name():
    found = persons("대회에는 미국 실바, 루카스 고메즈 등이 참가했다.")
    assert not any("실바" in name for name in found)


# -- what the topic's own clause says it is ('… 조용한 소년이 아니었다고') -------------------------
def test_a_topic_its_clause_calls_a_child_is_a_person():
    assert "하도윤" in persons("하도윤은 본래 그렇게 조용한 아이가 아니었다고 교사들은 기억한다.")


def test_a_topic_its_clause_calls_a_firm_is_no_person():
    assert persons("한빛전자는 본래 그렇게 조용한 회사가 아니었다고 직원들은 기억한다.") == {}


def test_a_firm_its_clause_calls_a_protagonist_is_no_person():
    assert persons("그러나 아마존은 혁신의 주인공이 아니라는 지적이 나왔다.") == {}  # a figure of speech


# -- the partner, with the comitative '와/과', of what only people do --------------------------------
def test_the_partner_of_a_stay_at_a_hotel_is_a_person():
    assert "벨로니아" in persons("수사팀은 마르켈이 벨로니아와 호텔에 묵은 사실을 밝혀냈다.")


def test_the_partner_with_wado_of_what_only_people_do_is_a_person():
    assert "마르켈" in persons("기록에는 그가 동료 수감자 마르켈과도 성관계를 맺은 정황이 담겼다.")


def test_the_partner_at_an_event_attended_together_is_no_person():
    assert persons("그는 노바니아와 함께 행사에 참석했다.") == {}  # a body attends with one too


def test_the_partner_of_an_agreement_is_no_person():
    assert persons("한빛전자는 새봄통신과 협약을 맺었다.") == {}


# -- someone called by name, even inside a quotation ------------------------------------------------
def test_a_name_with_the_vocative_inside_a_quotation_is_a_person():
    assert "지호" in persons('그는 "이제 집에 가자, 지호야. 다들 기다린다"라고 불렀다.')


def test_a_common_noun_with_the_vocative_is_no_person():
    assert persons('그는 "친구야, 고맙다"라고 적었다.') == {}


# -- a list of items that each give a role and a name ('…, 개그맨 봉준우, 가수 노을이 출연했다') --------------
def test_a_common_word_after_a_role_in_a_list_of_roles_and_names_is_a_name():
    found = persons("이날 행사에는 배우 하세린, 개그맨 봉준우, 가수 노을이 출연했다.")
    assert found["노을"].title == "가수"


def test_a_common_word_after_a_role_in_a_list_is_no_name_when_nothing_only_people_do_follows():
    assert "교체" not in persons("이날 경기에서는 감독 하세린, 선수 교체가 이뤄졌다.")


# -- a name in apposition with 'this person' ('한서윤 이 분은') ---------------------------------------
def test_a_name_before_this_person_is_a_person():
    assert "한서윤" in persons("무대 뒤에서 만난 한서윤 이 분은 늘 웃는 얼굴이다.")


def test_a_word_before_this_thing_is_no_person():
    assert persons("무대 뒤에서 만난 새봄상사 이 제품은 늘 인기다.") == {}


# -- a batter struck out ----------------------------------------------------------------------------
def test_the_object_struck_out_is_a_batter():
    assert "카스티요" in persons("에이스는 카스티요를 삼진으로 돌려세웠다.")


def test_the_object_of_an_inning_ended_is_no_person():
    assert "카스티요" not in persons("에이스는 카스티요를 땅볼로 돌려세웠다.")


# -- a surname and one syllable between two persons of a list ----------------------------------------
def test_a_two_syllable_name_between_persons_of_a_list_is_a_name():
    found = persons("그는 손민재, 김청, 진서윤, 김하늘을 초대했다.")
    assert "김청" in found  # a name's last syllable ends a body ('…청') too


def test_countries_listed_together_are_no_persons():
    assert persons("이번 대회에는 한국, 중국, 일본 선수들이 나섰다.") == {}


# -- the '양' and '군' of the young, which Kiwi reads as bound nouns ----------------------------------
def test_a_given_name_before_the_young_honorific_is_a_name():
    assert "세린" in persons("사진 속에는 세린 양이 친구들과 웃는 모습이 담겼다.")


def test_an_amount_is_no_honorific():
    assert persons("일정 양의 물을 마셨다.") == {}


# -- a kin noun before a name of three words, and a hit song named in quotation marks -------------------
def test_a_name_of_three_words_after_a_kin_noun_is_a_person():
    assert "로즈 하퍼" in persons("부부는 올봄 둘째 딸 해피 로즈 하퍼를 얻었다.")


def test_a_name_of_three_words_after_another_noun_is_no_person():
    assert persons("부부는 올봄 둘째 행사 해피 로즈 하퍼를 열었다.") == {}


def test_a_name_whose_hit_song_is_named_in_quotation_marks_is_a_person():
    assert "레이나" in persons("그는 레이나의 '새벽길' 등의 히트곡으로 이름난 작곡가다.")


def test_a_platform_whose_service_is_named_in_quotation_marks_is_no_person():
    assert persons("한빛뮤직의 '새벽길' 등의 서비스가 인기다.") == {}


# -- a relation nobody says of a place ('…산의 제자') ----------------------------------------------------
def test_a_word_ending_like_a_mountain_before_a_disciple_is_a_person():
    assert "흑룡산" in persons("그는 예전에 흑룡산의 제자로 이름을 알렸다.")


def test_a_mountain_before_a_trail_is_no_person():
    assert "흑룡산" not in persons("그는 예전에 흑룡산의 등산로로 이름을 알렸다.")


# -- a foreign name beside a person in a list, however Kiwi reads its first word ----------------------
def test_a_foreign_name_whose_first_word_kiwi_reads_as_a_verb_is_listed_beside_a_person():
    assert "지나 모리슨" in persons("헐리우드 배우 하세린, 지나 모리슨 등이 후원자로 나섰다.")


def test_a_verb_and_a_country_beside_a_person_in_a_list_are_no_name():
    assert "지나 미국" not in persons("헐리우드 배우 하세린, 지나 미국 등이 후원자로 나섰다.")


# -- a name before a noun phrase about its debut -------------------------------------------------------
def test_a_name_before_a_phrase_about_its_debut_is_a_person():
    assert "김하늘" in persons("김하늘 UFC 무대 데뷔에 관심이 쏠린다.")


def test_a_name_shaped_word_before_a_phrase_about_a_game_is_left():
    assert persons("김하늘 UFC 무대 경기에 관심이 쏠린다.") == {}


# -- a name ranked among ranked persons of a list --------------------------------------------------
def test_a_word_ranked_among_ranked_persons_is_a_name():
    assert "도겸" in persons("가수 순위는 한서윤 3위, 도겸 13위, 진하람 40위였다.")


def test_words_ranked_without_persons_are_no_names():
    assert persons("기업 순위는 한빛 3위, 새봄 13위, 누리 40위였다.") == {}


# -- a role written only before a name ('모델 한서윤', not '… 파나메라 모델을') --------------------------
def test_a_model_after_a_car_is_no_title():
    assert persons("그는 작년 7천만원짜리 카레라 세단 모델을 샀다.") == {}


def test_a_model_before_a_name_is_the_role():
    assert persons("모델 한서윤이 무대에 섰다.")["한서윤"].title == "모델"


# -- a Korean name glued to a title that follows only names ('…황제가') ----------------------------------
def test_a_korean_name_glued_to_emperor_is_a_person():
    assert persons("그 성은 태종황제가 머물던 곳이다.")["태종"].title == "황제"


def test_a_historical_state_glued_to_a_royal_title_is_no_person():
    assert persons("조선왕비의 묘가 공개됐다.") == {}


# -- the name someone goes by, quoted after a role and honoured with '님' -------------------------------
def test_a_quoted_name_after_a_role_with_nim_is_a_person():
    assert persons("뷰티 유튜버 '하늘빛'님은 9일 영상을 공개했다.")["하늘빛"].title == "유튜버"


def test_a_quoted_title_after_a_work_with_nim_is_no_person():
    assert persons("영화 '하늘빛'님은 개봉했다.") == {}


# -- a post held ('… 이사를 맡은'): the word before it is the body, not a name ----------------------
def test_the_word_before_a_post_someone_holds_is_no_name():
    assert "송림원" not in persons("두 사람은 송림원 이사를 맡은 최씨와 함께 일했다.")


def test_a_name_before_a_title_as_an_object_of_another_verb_is_a_name():
    assert persons("정하린 상무를 만났다.")["정하린"].title == "상무"


# -- an artist's works counted in pieces ('…의 작품 30점') -------------------------------------------
def test_a_guessed_name_whose_works_are_counted_in_pieces_is_an_artist():
    assert "벨로시" in persons("전시회는 벨로시의 작품 30점을 소개한다.")


def test_a_museum_whose_works_are_counted_is_no_person():
    assert persons("전시회는 루브르의 작품 30점을 소개한다.") == {}


# -- a firm speaking as a sentence's subject: a coined word, then its trade in Sino-Korean ('…반도체는 22일 "…"며'), is
# no guessed foreign name, whatever syllables the coined word has (a club's loanword ending is not listed: '표담율
# 솔매 스타즈 단장' then lost its team, the name before the ending read as a person's) ---
@pytest.mark.parametrize("firm", ["쥬벨반도체", "퀸텍물류", "뷔온건설", "퓨온화학", "위즈전기", "쥬벨조선", "퀸텍에너지"])
def test_a_firm_named_by_its_trade_speaking_is_no_person(firm):
    topic = "은" if (ord(firm[-1]) - 0xAC00) % 28 else "는"
    body = f'{firm}{topic} 22일 "원료 재고가 보름치밖에 남지 않았다"며 생산 일정을 조정한다고 밝혔다. 도청은 {firm}와 함께 논의한다.'
    assert firm not in persons(body)


@pytest.mark.parametrize("name", ["칼로비츠", "하르퉁", "로젠크란츠"])
def test_a_guessed_foreign_name_speaking_stays_a_person(name):
    topic = "은" if (ord(name[-1]) - 0xAC00) % 28 else "는"
    body = f'{name}{topic} 22일 "원료 재고가 보름치밖에 남지 않았다"며 생산 일정을 조정한다고 밝혔다. 도청은 {name}과 함께 논의한다.'
    assert name in persons(body)


@pytest.mark.parametrize("team", ["솔매 스타즈", "솔매 이글스", "솔매 팰컨스"])
def test_a_team_named_by_its_town_and_a_loanword_stays_the_organisation_of_the_person_before(team):
    body = f'{team}는 2일 트레이드를 발표했다. 표담율 {team} 단장은 "왼손 투수가 절실했다"고 설명했다.'
    found = persons(body)
    assert found["표담율"].organization == team and team not in found
