## Overview, What works, Audience, Links and the range picker

## 개요

# $range is a range-span text, and so is $compared.
overview-range-compared = { $range } · 비교 기간: { $compared }
# $percent is the size of the change, already written ("12").
overview-change-up = ▲ { $percent }%
overview-change-down = ▼ { $percent }%
# A badge after a metric that is not summed over the range (followers).
overview-now = 현재
overview-no-earlier-period = 저장된 이전 기간 데이터 없음

## 성공 요인

# $range is a range-span text.
insights-summary = { $range } · 이 기간에 게시되어 조회된 게시물 { $posts }개: 아래의 모든 수치는 이 게시물들을 바탕으로 합니다.
insights-note = 참여율은 게시물 조회 1회당 값으로, 이 게시물들의 좋아요, 답글, 리포스트, 인용 수를 조회수로 나눈 것입니다. 게시물이 { $minimum }개 이상인 그룹만 순위를 매깁니다. 조회수와 공유 수는 Meta가 '개발 중'으로 표시한 지표입니다.
insights-top-posts = 평소 대비 인기 게시물
insights-engagement = 시간에 따른 참여
# Followed by buttons: day, week, month.
insights-bars-per = 막대 단위
insights-what-to-post = 무엇을 게시할까
# Followed by buttons: Format, Length, Weekday…
insights-group-by = 기준
insights-rhythm = 게시 주기
insights-words = 반응을 이끄는 단어와 주제
insights-conversation = 대화를 이끈 게시물

## 오디언스

audience-gate-title = Threads는 팔로워가 { $minimum }명 이상이 되어야 팔로워 정보를 보여 줍니다.
audience-gate-body = 이 계정의 팔로워는 { $followers }명입니다. 팔로워가 { $minimum }명에 도달한 뒤 첫 동기화 때 Spool이 국가, 도시, 연령, 성별을 읽어 옵니다.
audience-none = 아직 오디언스 데이터가 없습니다.
audience-none-note = Spool은 동기화할 때마다 국가, 도시, 연령, 성별별 팔로워를 읽어 옵니다.
# $segment is a country, city, age or gender; $change is signed ("+3", "−2").
audience-segment-change = { $segment } { $change }
# $day is a date.
audience-read-unchanged = { $day }에 읽음. 이전 기록 이후 변화가 없습니다(또는 이전 기록이 없습니다).
# $changes lists audience-segment-change texts.
audience-read-changes = { $day }에 읽음. 이전 기록 대비: { $changes }

## 링크

# $since and $until are dates.
links-window = 최근 동기화 때 Threads가 집계한 { $since }~{ $until }의 클릭 수입니다.
links-none = 아직 읽어 온 링크 클릭 수가 없습니다.
# After a link and a dash.
links-clicks = 클릭 { $clicks }회
# $change is signed ("+3", "−2").
links-clicks-change = 클릭 { $clicks }회 (이전 기록 대비 { $change })

## 불러오는 중인 화면

loaded-loading = 불러오는 중…

## 기간 선택

# The label of the group of preset buttons (7 days, 30 days…).
range-presets = 기간
range-enter-both-days = 두 날짜를 모두 YYYY-MM-DD 형식으로 입력하거나 선택하세요.
# Followed by a choice of range-compare-previous or range-compare-year.
range-compare-with = 비교 대상
range-compare-previous = 직전 기간
range-compare-year = 1년 전 같은 기간
range-from = 시작일
range-to = 종료일
range-show = 보기
# $day is the first day Threads has insights of.
range-note = { $day } 이전 날짜는 선택할 수 없습니다. Threads는 그 이전의 인사이트를 보관하지 않습니다. 팔로워 수는 항상 현재 기준입니다. Threads는 현재 팔로워 수만 제공합니다.
# A range of days: $since and $until are dates.
range-span = { $since } ~ { $until }

# The unit a bar of the engagement chart stands for, on the buttons that choose it.
insights-granularity-day = 일
insights-granularity-week = 주
insights-granularity-month = 월
