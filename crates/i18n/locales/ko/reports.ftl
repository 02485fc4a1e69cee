## 보고서: 보고서 화면, 보고서의 각 페이지, 미디어 키트

screen-reports = 보고서
screen-reports-purpose = Threads에서의 한 달을 파일 하나에 담아 브랜드, 대행사 또는 관리자에게 전달하세요. 선택한 섹션으로 구성된 PDF 보고서나 제안용 한 페이지 미디어 키트를 만들 수 있습니다.

# 파일의 종류: 표지와 파일 속성에 표시됩니다.
report-title = Threads 보고서
media-kit-title = 미디어 키트
report-kind-report = 보고서
report-kind-media-kit = 미디어 키트
report-look-light = 라이트
report-look-print = 인쇄용
report-section-profile-views = 프로필 조회수
report-section-followers = 팔로워
report-section-engagement = 참여
report-section-top-posts = 인기 게시물
report-section-what-worked = 성공 요인
report-section-audience = 오디언스
report-section-links = 링크
report-every-week = 매주 월요일: 지난주
report-every-month = 매월 1일: 지난달

## 보고서의 각 페이지

# $account is a handle (@name); $range is a range-span text.
report-running-head = { $account } · { $range }
# $version is Spool's version; $page and $pages are numbers.
report-footer = 이 컴퓨터에 보관된 기록으로 Spool { $version }에서 작성 · { $pages }페이지 중 { $page }페이지
# $compared is a range-span text.
report-cover-compared = 모든 수치는 바로 직전의 같은 길이 기간인 { $compared }와 비교한 것입니다.
report-cover-no-compared = Spool에 비교할 이전 기간 데이터가 저장되어 있지 않습니다.
report-cover-note = 팔로워 수는 마지막 동기화 시점 기준입니다. Threads는 현재 팔로워 수만 제공합니다. 조회수와 공유 수는 Meta가 '개발 중'으로 표시한 지표입니다.
# $percent is the size of the change, already written ("12"); $previous the number before.
report-change-up = ▲ { $percent }% (이전 { $previous })
report-change-down = ▼ { $percent }% (이전 { $previous })
report-change-level = 이전과 같음
report-card-posts = 게시한 게시물
report-card-total = 이 기간 합계
report-card-daily-average = 일평균
report-card-best-day = 최고의 날
report-card-interactions = 이 게시물들의 상호작용
report-card-engagement-rate = 참여율
report-card-followers-now = 현재 팔로워
report-card-typical-views = 게시물당 평소 조회수
report-profile-views-intro = 날짜별 프로필 조회수와 최근 7일 평균입니다. Threads에서 보고하지 않은 날은 비어 있습니다.
report-followers-intro = Spool이 동기화할 때마다 기록한 팔로워 수입니다. Threads는 현재 팔로워 수만 제공하므로, 선은 Spool이 기록을 시작한 시점부터 이어집니다.
report-engagement-intro = 이 기간에 게시된 게시물의 좋아요, 답글, 리포스트, 인용을 각 게시물이 게시된 날 기준으로 보여 주며, 참여율(조회 100회당 상호작용 수)도 함께 보여 줍니다.
# $posts is a number of posts.
report-top-posts-intro = 이 기간에 게시된 게시물 { $posts }개를 같은 경과 시점의 평소 게시물과 비교하고, 그중 가장 좋은 게시물을 수치 및 본문과 함께 보여 줍니다.
report-what-worked-intro = 이 기간의 게시물로 알 수 있는 나에게 효과적인 것: 각 결과는 의미 있는 판단을 내리기에 충분한 게시물을 바탕으로 합니다.
report-audience-intro = 가장 최근 기록 기준으로 나를 팔로우하는 사람들입니다. Threads는 팔로워가 100명 이상일 때부터 이 정보를 보여 줍니다.
report-links-intro = 프로필과 게시물에 있는 링크의 클릭 수로, 가장 최근 기록과 동기화할 때마다의 기록을 보여 줍니다.
report-nothing = 아직 Spool에 저장된 데이터가 없습니다. 계정을 동기화한 다음 보고서를 다시 만드세요.
# $views, $interactions are numbers; $rate is a percentage, already written.
report-post-numbers = 조회수 { $views }회 · 상호작용 { $interactions }회 · 참여율 { $rate }
# $rank is a number; $day is a date.
report-post-when = { $rank } · { $day }
report-post-no-text = (텍스트 없는 게시물)

## 성공 요인: 분석 결과

# $breakouts and $posts are numbers of posts.
report-finding-breakouts = 게시물 { $posts }개 중 { $breakouts }개가 급상승했습니다. 같은 경과 시점 평소 조회수의 3배 이상입니다.
# $group is a format ("Text", "Image"…), $views and $posts numbers.
report-finding-format = { $group } 형식의 성과가 가장 좋았습니다. 게시물 { $posts }개의 조회수 중앙값은 { $views }회입니다.
# $group is a length of text ("Short (under 100 characters)"…).
report-finding-length = 길이별로는 { $group } 게시물의 성과가 가장 좋았습니다. 게시물 { $posts }개의 조회수 중앙값은 { $views }회입니다.
# $group is a weekday.
report-finding-weekday = { $group }에 게시한 게시물의 성과가 가장 좋았습니다. 게시물 { $posts }개의 조회수 중앙값은 { $views }회입니다.
# $word is a word or a hashtag; $views and $median are numbers of views.
report-finding-word = “{ $word }”이(가) 들어간 게시물의 조회수 중앙값은 { $views }회였습니다(전체 게시물은 { $median }회).
# $minimum is a number of posts.
report-finding-none = 이 기간의 게시물이 너무 적어 무엇이 효과적이었는지 알 수 없습니다. 결과를 내려면 한 그룹에 게시물이 { $minimum }개 있어야 합니다.

## 미디어 키트

# $day is a date; $range is a range-span text.
media-kit-as-of = { $day } 기준 수치 · { $range } 게시물
media-kit-best-posts = 최고 게시물
media-kit-audience = 팔로워 구성

## 보고서 화면

reports-kind = 만들기
reports-sections = 섹션
reports-look = 스타일
reports-preview = 미리 보기
# $pages is a number of pages.
reports-pages = { $pages }페이지
reports-save-pdf = PDF 저장…
reports-save-png = PNG 저장…
reports-no-sections = 보고서에 넣을 섹션을 하나 이상 선택하세요.
reports-making = 페이지를 그리는 중…
reports-schedule = 정기 보고서
reports-schedule-note = Spool이 실행되는 동안(트레이에서 실행 중일 때도) 표시 중인 계정의 보고서를 선택한 폴더에 저장하고, 저장되면 알려 드립니다.
reports-schedule-off = 끄기
reports-schedule-folder = 폴더
reports-schedule-choose = 폴더 선택…
reports-schedule-saved = 정기 보고서 설정을 저장했습니다.
# $page and $pages are numbers: the page a preview's image shows.
reports-page = { $pages }페이지 중 { $page }페이지
reports-schedule-needs-folder = 보고서를 저장할 폴더를 선택하세요. 폴더를 선택하면 일정이 시작됩니다.
# $path is where the file was written.
notify-report-written-title = 보고서가 준비되었습니다
notify-report-written-body = Spool이 { $path }에 보고서를 저장했습니다.
dialog-filter-pdf = PDF 문서
