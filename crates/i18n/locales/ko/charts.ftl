## 차트에 그려지는 텍스트: 제목, 범례, 축, 값 읽기

## 차트에 그려지는 말: 제목, 범례, 축, 안내, 값 읽기

# 텍스트가 없는 게시물을 형식(format-* 이름)과 날짜로 부르는 이름.
drawn-post-of = { $day }의 { $format } 게시물
drawn-quoted = “{ $text }”
drawn-posts = 게시물 { $count }개
drawn-no-posts-with-views = 이 기간에 조회수가 있는 게시물이 없습니다. 기간을 늘리거나 동기화하여 게시물을 읽어 오세요.

drawn-quality-note = 점선: 중간 게시물, 조회수 { $views }회 및 조회 100회당 { $rate }. 참여율: 조회 100회당 좋아요, 답글, 리포스트, 인용 수.
drawn-views-log-scale = 조회수(로그 눈금)
drawn-engagement-rate-axis = 참여율(조회 100회당)
drawn-quality-readout = { $post }: 조회수 { $views }회, 조회 100회당 { $rate }, { $quadrant }
drawn-in-quadrant-breakout = 급상승
drawn-in-quadrant-conversation = 대화형
drawn-in-quadrant-broadcast = 확산형
drawn-in-quadrant-quiet = 조용함

drawn-multiple = { $multiple }배
drawn-top-note = 게시물 { $posts }개를 같은 경과 시점의 중간 게시물과 비교했습니다. 그중 { $breakouts }개가 급상승 게시물입니다.
drawn-top-post = 게시물
drawn-top-breakout = 급상승(평소 조회수의 { $multiple }배 이상)
drawn-top-normal = 평소(1배)
drawn-top-views-readout = { $post }: 평소 조회수의 { $multiple }(조회수 { $views }회)
drawn-top-views-readout-breakout = { $post }: 평소 조회수의 { $multiple }(조회수 { $views }회), 급상승
drawn-top-rate-readout = { $post }: 평소 참여율의 { $multiple }(조회 100회당 { $rate })
drawn-top-rate-readout-breakout = { $post }: 평소 참여율의 { $multiple }(조회 100회당 { $rate }), 급상승
drawn-no-engagement-rate = 참여율 없음
drawn-top-no-rate-readout = { $post }: 참여율 없음(조회수 { $views }회)
drawn-views = 조회수
drawn-engagement-rate = 참여율
drawn-no-posts-to-compare = 비교할 게시물이 없습니다.
drawn-times-your-normal = 평소 대비 배수

drawn-what-verdict = 게시물이 { $minimum }개 이상인 그룹 중 최고: 조회수 기준 { $by_views }({ $views_posts }), 참여 기준 { $by_rate }({ $rate_posts }).
drawn-what-no-best = 게시물이 { $minimum }개 이상인 그룹이 아직 없어 최고 그룹을 정하지 않았습니다.
drawn-median-post = 중간 게시물
drawn-middle-half = 게시물의 가운데 절반
drawn-best = 최고
drawn-too-few-posts = 게시물이 너무 적음({ $posts }개)
drawn-too-few-readout = { $group }: 중앙값을 내기에는 게시물이 너무 적습니다({ $posts }개, { $minimum }개 필요)
drawn-group-posts = { $group } · { $posts }
drawn-what-views-readout = { $group }: 조회수 중앙값 { $median }회(가운데 절반 { $lower }–{ $upper }), { $posts }
drawn-what-rate-readout = { $group }: 참여율 중앙값 조회 100회당 { $median }(가운데 절반 { $lower }–{ $upper }), { $posts }
drawn-value-best = { $value } · 최고
drawn-best-by-views = { $readout }. 조회수 기준 최고입니다
drawn-best-by-engagement = { $readout }. 참여 기준 최고입니다
drawn-median-views = 조회수 중앙값
drawn-median-engagement-long = 조회 100회당 참여 중앙값
drawn-median-engagement-medium = 조회 100회당 참여
drawn-median-engagement-short = 참여

drawn-words-empty = 이 기간에 게시물 { $minimum }개 이상에 쓰인 단어가 아직 없습니다. 기간을 늘려 보세요.
drawn-words-note = 게시물 { $minimum }개 이상에 쓰인 단어와 해시태그를 해당 게시물의 조회수 중앙값 순으로 보여 줍니다.
drawn-words-above = 전체 게시물 중앙값보다 높음
drawn-words-below = 중앙값 이하
drawn-words-all-posts = 전체 게시물({ $views })
drawn-words-value = { $views } · { $posts }
drawn-words-readout = “{ $word }”: 조회수 중앙값 { $views }회, { $posts }(참여율 조회 100회당 { $rate }). 전체 게시물 중앙값 조회수 { $all }회

drawn-starters-empty = 이 기간에 답글이나 인용이 있는 게시물이 아직 없습니다. 기간을 늘리거나 동기화하세요.
drawn-starters-note = 조회수에 비해 답글과 인용이 가장 많았던 게시물입니다.
drawn-starters-readout = { $post }: 조회 1,000회당 답글과 인용 { $per_thousand }개(답글 { $replies }개, 인용 { $quotes }개, 조회수 { $views }회)
drawn-starters-axis = 조회 1,000회당 답글과 인용

drawn-calendar-empty = 이 기간에는 날짜가 없습니다. 게시한 날을 보려면 기간을 선택하세요.
drawn-calendar-summary = { $weeks }주 중 { $posted }주 게시 · 현재 연속 { $current }일 · 최장 연속 { $longest }일
drawn-calendar-readout =
    { $day }: { $posts ->
        [0] 게시물 없음
       *[other] 게시물 { $posts }개
    }
drawn-calendar-none = 없음
drawn-calendar-four-or-more = 하루 4개 이상

drawn-frequency-empty = 이 기간에 조회수가 있는 게시물이 있는 주가 없습니다. 기간을 늘리거나 동기화하세요.
drawn-frequency-note = 한 주에 더 많이 게시하면 게시물마다 도달 범위가 줄어들까요?
drawn-frequency-week = 주
drawn-frequency-median = 게시물 수가 같은 주들의 중앙값
drawn-frequency-x = 그 주의 게시물 수
drawn-frequency-y = 게시물당 조회수 중앙값
drawn-frequency-week-readout = { $week } 주: { $posts }, 게시물당 조회수 중앙값 { $views }회
drawn-frequency-median-readout = { $posts }인 주: { $weeks }주, 게시물당 조회수 중앙값 { $views }회

drawn-engagement-empty = 이 기간에 게시된 게시물이 없습니다. 기간을 늘리거나 게시한 뒤 동기화하세요.
drawn-engagement-note = 각 게시물이 게시된 날을 기준으로 합니다. 참여율: 각 날짜까지 7일간 게시물의 조회 100회당 좋아요, 답글, 리포스트, 인용 수.
drawn-shares-in-development = 공유(개발 중)
drawn-engagement-rate-7-days = 참여율(7일)
drawn-interactions = 상호작용
drawn-per-100-views = 조회 100회당
drawn-week-of = { $day } 주
drawn-engagement-readout = { $period }: 좋아요 { $likes }개, 답글 { $replies }개, 리포스트 { $reposts }개, 인용 { $quotes }개, 공유 { $shares }회(개발 중), { $posts }, 조회수 { $views }회. { $rate }
drawn-engagement-rate-of = 참여율 조회 100회당 { $rate }
drawn-engagement-rate-of-smoothed = 참여율 조회 100회당 { $rate }(7일: { $smoothed })
drawn-engagement-no-views = 조회수가 없어 참여율 없음
drawn-engagement-no-views-smoothed = 조회수가 없어 참여율 없음(7일: { $smoothed })

drawn-segment-other = 기타
drawn-segment-women = 여성
drawn-segment-men = 남성
drawn-segment-unspecified = 지정되지 않음
drawn-no-followers = 이 측정에는 팔로워가 없습니다.
drawn-no-link-clicks = 이 측정에는 링크 클릭이 없습니다.
drawn-followers-readout = { $name }: 팔로워 { $count }명({ $share })
drawn-clicks-readout = { $name }: 클릭 { $count }회({ $share })

drawn-best-times-title = 게시 시간대별 조회수 중앙값
drawn-best-times-withheld = { $posts }개
drawn-weekday-hour = { $weekday } { $hour }
drawn-best-times-readout = { $when }: 조회수 중앙값 { $views }회, { $posts }
drawn-best-times-too-few = { $when }: { $posts }, 중앙값을 내기에는 너무 적음
drawn-best-times-note = 회색 칸: 게시물이 { $minimum }개 미만이라 중앙값을 내기에는 너무 적습니다(숫자는 게시물 수입니다).

drawn-observation-began = { $day }부터 관찰
drawn-no-follower-readings = 아직 팔로워 측정값이 없습니다. 첫 동기화부터 기록됩니다.
drawn-followers-reading = { $when }: 팔로워 { $count }명
drawn-this-post = 이 게시물(조회수, Meta에서 개발 중)
drawn-no-post-readings = 아직 이 게시물의 측정값이 없습니다. 다음 동기화부터 기록됩니다.
drawn-published = { $when } 게시
drawn-views-reading = { $when }: 조회수 { $count }회
drawn-all-links = 모든 링크 클릭 수(처음 읽은 날부터)
drawn-no-click-readings = 아직 링크 클릭 측정값이 없습니다. 첫 동기화부터 기록됩니다.
drawn-clicks-reading = { $when }: 클릭 { $count }회
drawn-typical-post = 평소 게시물(가운데 절반)
drawn-typical-readout = { $age } 시점: 평소 조회수 { $median }회(가운데 절반 { $lower }–{ $upper })

drawn-no-profile-views = 이 기간에는 보고된 프로필 조회수가 없습니다.
drawn-7-day-average = 7일 평균
drawn-profile-views-readout = { $day }: 프로필 조회수 { $views }회
drawn-not-reported = { $day }: Threads에서 보고하지 않음

## Spool이 측정하고 보여 주는 항목의 이름

metric-profile-views = 프로필 조회수
metric-likes = 좋아요
metric-replies = 답글
metric-reposts = 리포스트
metric-quotes = 인용
metric-link-clicks = 링크 클릭
metric-followers = 팔로워
metric-audience = 오디언스

breakdown-country = 국가
breakdown-city = 도시
breakdown-age = 연령
breakdown-gender = 성별

sync-phase-profile = 프로필을 읽는 중
sync-phase-posts = 게시물 목록을 가져오는 중
sync-phase-post-insights = 게시물 인사이트를 읽는 중
sync-phase-profile-views = 프로필 조회수를 읽는 중
sync-phase-engagement = 좋아요, 답글, 리포스트, 인용을 읽는 중
sync-phase-link-clicks = 링크 클릭을 읽는 중
sync-phase-audience = 팔로워와 오디언스를 읽는 중
sync-phase-saving = 저장하는 중

dataset-posts = 지표가 포함된 게시물
dataset-profile-views = 일별 프로필 조회수
dataset-followers = 팔로워 추이
dataset-audience = 오디언스(국가, 도시, 연령, 성별)
dataset-link-clicks = 링크 클릭
dataset-post-insights = 평소와 비교한 게시물
dataset-what-to-post = 무엇을 게시할지(형식, 길이, 요일별)
dataset-words = 단어와 주제
dataset-engagement = 일별 참여

data-format-csv = CSV(스프레드시트)
data-format-json = JSON
image-format-png = PNG 이미지
image-format-svg = SVG(벡터)

layout-as-shown = 화면에 보이는 그대로
layout-slide = 16:9 슬라이드
layout-square = 정사각형 소셜 카드
layout-a4 = A4 가로

kind-profile-views = 일별 프로필 조회수
kind-followers = 팔로워 추이
kind-best-times = 게시하기 좋은 시간
kind-post-growth = 게시 후 조회수
kind-audience-country = 국가별 팔로워
kind-audience-city = 도시별 팔로워
kind-audience-age = 연령별 팔로워
kind-audience-gender = 성별 팔로워
kind-link-clicks = 링크별 클릭
kind-clicks-over-time = 링크 클릭 추이
kind-top-posts = 평소와 비교한 인기 게시물
kind-quality-map = 게시물 품질 지도
kind-engagement-day = 일별 참여
kind-engagement-week = 주별 참여
kind-engagement-month = 월별 참여
kind-what-to-post-format = 무엇을 게시할지: 형식별
kind-what-to-post-length = 무엇을 게시할지: 길이별
kind-what-to-post-weekday = 무엇을 게시할지: 요일별
kind-posting-calendar = 게시 캘린더
kind-posting-frequency = 주별 게시물 수와 도달 범위
kind-words = 멀리 퍼지는 단어와 주제
kind-conversation-starters = 대화를 이끈 게시물

preset-last-7-days = 7일
preset-last-30-days = 30일
preset-last-90-days = 90일
preset-this-month = 이번 달
preset-last-month = 지난달
preset-year-to-date = 올해
preset-everything = 전체

format-text = 텍스트
format-image = 이미지
format-video = 동영상
format-carousel = 캐러셀
format-audio = 오디오
format-other = 기타

length-no-text = 텍스트 없음
length-short = 80자 이하
length-medium = 81–200자
length-long = 201–350자
length-very-long = 350자 초과

group-with-link = 링크 있음
group-without-link = 링크 없음
group-by-format = 형식
group-by-length = 길이
group-by-weekday = 요일
weekday-monday = 월요일
weekday-tuesday = 화요일
weekday-wednesday = 수요일
weekday-thursday = 목요일
weekday-friday = 금요일
weekday-saturday = 토요일
weekday-sunday = 일요일
weekday-unknown = ?

quadrant-breakout = 급상승
quadrant-conversation = 대화형
quadrant-broadcast = 확산형
quadrant-quiet = 조용함

# A share of followers or clicks, written as the language writes a percentage.
drawn-share = { NUMBER($share, style: "percent", maximumFractionDigits: 0) }
