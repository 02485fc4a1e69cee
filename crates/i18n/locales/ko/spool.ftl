# Spool의 한국어 카탈로그: 영어 원문(en/spool.ftl)을 번역한 것입니다.
# Ids begin with the part of Spool that says them.

## 트레이와 알림에 표시되는 계정

account-handle = @{ $username }
account-handle-demo = @{ $username } (데모)

## 트레이 메뉴 (macOS에서는 메뉴 막대)

tray-profile-views = 프로필 조회수: 오늘 현재까지 { $today }회, 어제 { $yesterday }회
tray-followers = 팔로워: { $followers }명
tray-followers-change = 팔로워: { $followers }명 (어제 대비 { $change })
tray-best-post = 최근 24시간 최고 게시물: 조회수 { $views }회
tray-best-post-against = 최근 24시간 최고 게시물: 조회수 { $views }회, 게시 후 { $hours }시간 기준 평소 게시물의 { NUMBER($multiple, maximumFractionDigits: 1) }배
tray-quote = “{ $excerpt }”
tray-no-post = 최근 24시간 동안 올린 게시물이 없습니다
tray-no-account = 아직 계정이 없습니다. Spool을 열어 계정을 연결하세요
tray-sync-now = 지금 동기화
tray-open = Spool 열기
tray-quit = Spool 종료
tray-sync-failed = Spool 동기화에 실패했습니다
tray-still-running = Spool이 계속 실행 중입니다
tray-still-running-body = Spool은 백그라운드에서 계속 동기화하며, 새로운 소식이 있으면 알려 드립니다. 트레이(macOS에서는 메뉴 막대)의 아이콘에서 열거나 종료할 수 있으며, 창을 닫을 때 앱을 종료할지는 설정에서 선택할 수 있습니다.

## 알림

notify-breakout = { $account } 계정의 게시물이 급상승 중입니다
notify-breakout-body = “{ $excerpt }” 게시물이 { $hours }시간 만에 조회수 { $views }회를 기록했습니다. 같은 시점 평소 게시물의 { NUMBER($multiple, maximumFractionDigits: 1) }배입니다.
notify-milestone = { $account } 계정이 팔로워 { $milestone }명을 달성했습니다
notify-milestone-body = 현재 팔로워는 { $followers }명으로, 지난 동기화 때의 { $before }명보다 늘었습니다.
notify-login-needed = { $account } 계정에 다시 로그인하세요
notify-login-needed-body = Threads가 더 이상 Spool의 로그인을 허용하지 않으므로, 설정에서 다시 로그인할 때까지 동기화되지 않습니다. 지금까지의 기록은 그대로 보존됩니다.
notify-login-ending =
    { $days ->
        [0] { $account } 계정의 로그인이 오늘 만료됩니다
        [1] { $account } 계정의 로그인이 내일 만료됩니다
       *[other] { $account } 계정의 로그인이 { $days }일 후 만료됩니다
    }
notify-login-ending-body = Spool이 로그인을 갱신하지 못했습니다. 동기화를 계속하려면 만료되기 전에 설정에서 다시 로그인하세요.
notify-syncs-failing = { $account } 계정의 동기화가 계속 실패하고 있습니다
notify-syncs-failing-body = 최근 { $failed }회의 동기화가 모두 실패했습니다. 마지막 오류 메시지: { $reason }
notify-no-reason = 사유가 제공되지 않음

## 화면: 사이드바와 제목에 표시되는 이름, 각 화면이 보여 주는 내용

screen-today = 오늘
screen-overview = 개요
screen-insights = 성공 요인
screen-posts = 게시물
screen-audience = 오디언스
screen-links = 링크
screen-settings = 설정
screen-today-purpose = 최근 3일간의 게시물을 평소 게시물과 비교하고, 오늘의 프로필 조회수와 팔로워, 확인이 필요한 사항을 보여 줍니다.
screen-overview-purpose = 선택한 기간의 프로필 조회수, 좋아요, 답글, 리포스트, 인용, 링크 클릭, 팔로워를 보여 줍니다.
screen-insights-purpose = 나에게 효과적인 것을 알려 줍니다. 평소보다 성과가 좋은 인기 게시물, 형식, 길이, 요일, 단어, 게시 주기를 분석합니다.
screen-posts-purpose = 모든 게시물의 조회수, 좋아요, 답글, 리포스트, 인용, 공유 수와 각 게시물의 성장 추이를 보여 줍니다.
screen-audience-purpose = 팔로워가 100명 이상이 되면 팔로워의 거주 지역, 연령, 성별을 보여 줍니다.
screen-links-purpose = 게시물과 프로필에 있는 링크가 몇 번 클릭되었는지 보여 줍니다.
screen-settings-purpose = 계정, 환경설정, Spool 정보를 관리합니다.

## 설정 → 언어

settings-language = 언어
settings-language-label = Spool 표시 언어
# $language is the system's language in its own name ("日本語", "Deutsch").
settings-language-system = 시스템 언어({ $language })
settings-language-note = 메뉴, 메시지, 알림, 내보낸 차트에 이 설정이 즉시 적용되며, 숫자와 날짜는 사용자 지역에서 이 언어가 쓰는 형식으로 표시됩니다.

## 게시물의 경과 시간 (체크포인트 이름)

age-hours = { $hours }시간
age-days = { $days }일
# $multiple is how many times the typical post's views; $age is an age-hours or age-days text.
on-track = 게시 후 { $age } 기준 평소 게시물의 { NUMBER($multiple, maximumFractionDigits: 1) }배

## 아직 보여 줄 인사이트가 없는 화면

waiting-no-account = 아직 연결된 Threads 계정이 없습니다.
waiting-connected = { $account } 계정이 연결되었습니다.
waiting-connect = 계정 연결
waiting-try-demo = 데모 계정 사용해 보기
waiting-demo-note = 데모에서는 '데모' 표시가 붙은 시뮬레이션 데이터로 모든 화면을 볼 수 있으며, Meta 앱이 필요하지 않습니다.

## 동기화

sync-now = 지금 동기화
sync-cancel = 취소
# $done and $total count requests; $rate is requests per second.
sync-progress = 요청 { $total }건 중 { $done }건 · 초당 { NUMBER($rate, maximumFractionDigits: 0) }건
sync-never = 아직 동기화하지 않았습니다. Spool에 저장된 이 계정의 인사이트가 없습니다.
# $when is a date and time.
sync-completed = 마지막 동기화: { $when } (요청 { $requests }건)
sync-cancelled = { $when }의 동기화가 취소되어 아무것도 저장되지 않았습니다.
sync-failed = 마지막 동기화({ $when }): { $reason }
sync-failed-no-reason = 별다른 사유 없이 실패했으며, 아무것도 저장되지 않았습니다.
# $day is a day and month, $time a time of day.
sync-short-completed = { $day } { $time }에 동기화됨
sync-short-cancelled = 마지막 동기화 취소됨
sync-short-failed = 마지막 동기화 실패

## 오늘

today-views = 오늘 현재까지의 프로필 조회수
today-usual-day = 평소 하루: { $views }회
today-no-usual-day = 아직 저장된 평소 수치 없음
today-followers = 팔로워
today-followers-up = 어제 대비 ▲ { $change }명
today-followers-down = 어제 대비 ▼ { $change }명
today-no-reading = 오늘 이전 기록 없음
today-recent = 최근 3일
today-no-recent = 최근 3일 동안 올린 게시물이 없습니다.
# $ages lists the checkpoints ("1 h, 6 h, 24 h, 3 days, 7 days").
today-typical-note = 평소 게시물은 과거 게시물을 같은 경과 시점({ $ages })에 읽은 값의 중앙값입니다. Spool은 실행 중에는 게시한 지 2일이 안 된 게시물을 매시간 읽고, 그 밖에는 동기화할 때마다 읽습니다.
today-typical-unknown = 평소 게시물을 파악하려면 같은 경과 시점에 읽은 과거 게시물이 { $posts }개 이상 필요합니다. Spool은 실행 중에는 게시한 지 얼마 안 된 게시물을 매시간 읽습니다.
today-login-ending = 로그인이 { $when }에 만료됩니다. Spool이 계속 동기화할 수 있도록 그 전에 다시 로그인하세요.
today-login-needed = Threads가 더 이상 이 로그인을 허용하지 않습니다. 동기화하려면 다시 로그인하세요.
today-log-in-again = 다시 로그인
today-sync-failed = 마지막 동기화({ $when })에 실패했습니다: { $reason }
today-not-synced = { $hours }시간째 동기화되지 않았습니다.
today-no-text = (텍스트 없음)
today-not-read = 아직 읽지 않음
today-post-views = 조회수 { $views }회
today-not-compared = 아직 비교하지 않았습니다. 게시 후 1시간 이상 지난 시점에 읽었고 평소 게시물이 파악되어 있으면 비교합니다.
today-newest = 최신 게시물과 평소 게시물 비교

## Lists

# Between the items of a list ("1 h, 6 h, 24 h").
list-separator = { ", " }

## 설정 → 동기화 및 데스크톱

settings-syncing = 동기화
# Followed by a choice of settings-sync-every-hours.
settings-sync-every = Spool 실행 중 각 계정 동기화 간격
settings-sync-every-hours =
    { $hours ->
        [1] 매시간
       *[other] { $hours }시간마다
    }
settings-history-note = Spool은 모든 동기화 결과를 이 컴퓨터에 기록으로 보관합니다. Threads 자체는 팔로워 기록이나 게시물 성장 추이를 보관하지 않습니다.
settings-back-up = 데이터 백업…
settings-backed-up = 기록의 사본을 { $path }에 저장했습니다.
settings-desktop = 데스크톱
settings-keep-in-tray = 창을 닫아도 Spool을 트레이에서 계속 실행하며 동기화하기
settings-no-tray = 이 데스크톱에는 트레이 아이콘이 표시되지 않으므로(GNOME에서는 AppIndicator 확장 프로그램을 설치하면 표시됩니다) 창을 닫으면 Spool이 종료됩니다. Spool은 사용자가 보거나 멈출 수 없는 곳에서 실행되지 않습니다.
settings-start-at-login = 이 컴퓨터에 로그인하면 Spool을 트레이에서 시작하기
settings-notify-when = 다음의 경우 알림:
settings-notify-breakouts = 게시물이 급상승할 때(같은 시점 평소 게시물 조회수의 2배)
settings-notify-milestones = 팔로워 수가 주요 기준을 넘었을 때(1,000명, 2,500명, 5,000명…)
settings-notify-logins = 로그인이 일주일 안에 만료되거나 다시 로그인해야 할 때
settings-notify-failing-syncs = 동기화가 계속 실패할 때(3회 연속)

# The sync panel before the first step of a sync is known.
sync-starting = 시작하는 중…
