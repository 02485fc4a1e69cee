## The window's frame: palette, shortcuts, banners, Settings' accounts and About

## 명령 팔레트 (Ctrl+K)

palette-label = 명령 팔레트
palette-placeholder = 화면, 게시물, 기간으로 이동…
# The list of what the palette offers, as screen readers name it.
palette-commands = 명령
palette-empty = 일치하는 항목이 없습니다. 화면 이름이나 게시물에 있는 단어를 입력해 보세요.
# $screen is a screen's name (screen-today…).
palette-go-to = { $screen }(으)로 이동
# $range is a range's name ("30 days").
palette-range = 기간: { $range }
# $account is a handle (@name).
palette-show-account = { $account } 보기
palette-export-chart = 이 차트 내보내기…
# $excerpt is the start of a post's text.
palette-post = 게시물: { $excerpt }

## 키보드 단축키 목록 (?)

shortcuts-title = 키보드 단축키
shortcuts-screens = 사이드바 순서대로 화면으로 이동
shortcuts-palette = 명령 팔레트: 화면, 게시물, 기간, 동기화, 내보내기
shortcuts-sync = 표시 중인 계정 동기화
shortcuts-close-window = 창 닫기 (트레이가 있으면 Spool은 트레이에서 계속 실행됩니다)
shortcuts-chart = 차트에 포커스가 있을 때 차트 값 읽기
shortcuts-this-list = 이 목록
shortcuts-close-dialogs = 팔레트 또는 이 목록 닫기
shortcuts-close = 닫기

## 창 테두리: 사이드바

# $version is Spool's version ("0.1.0").
app-version = Spool { $version }
# The sidebar, as screen readers name it.
app-screens = 화면
app-show-account = 표시할 계정
# The badge of the demo account.
app-demo-badge = 데모
# An account in the sidebar's switcher: $account is its handle (@name).
app-account-demo = { $account } (데모)
# The window could not reach Spool's native side: $detail says what failed, in technical words.
app-ipc-failed = Spool 창이 앱과 통신하지 못했습니다: { $detail }. Spool을 다시 시작하세요. 이 문제가 계속되면 신고해 주세요.
# $detail when nothing says what failed.
app-ipc-unknown = 알 수 없는 오류

## 화면 위의 배너

# $account is a handle (@name), drawn in bold.
banner-needs-login = Threads가 더 이상 { $account } 계정의 로그인을 허용하지 않습니다. 인사이트를 최신 상태로 유지하려면 다시 로그인하세요. Spool에 저장된 데이터는 그대로 유지됩니다.
banner-log-in-again = 다시 로그인
banner-dismiss = 닫기
# Folds what Meta's support would ask for about an error.
banner-details = 세부 정보

## 설정 → 계정

settings-accounts = 계정
settings-no-account = 아직 계정이 없습니다. 데모를 사용해 보거나 아래에서 계정을 연결하세요.
settings-needs-login = 다시 로그인해야 함
# $date is a date.
settings-login-valid-until = 로그인 유효 기간: { $date }까지
settings-show-account = 보기
settings-shown = 표시 중
settings-log-out = 로그아웃
# $account is a handle (@name).
settings-logged-out = { $account } 계정에서 로그아웃했습니다. Spool이 이 컴퓨터에서 해당 로그인 정보의 사본을 모두 삭제했습니다. Threads에서도 Spool의 액세스 권한을 삭제하려면 Threads에서 설정 → 계정 → 웹사이트 권한을 여세요.

## 설정 → 계정 연결

settings-connect = 계정 연결
settings-demo-note = 아직 Meta 앱이 없나요? 데모 계정에서는 18개월 분량의 시뮬레이션 인사이트로 Spool을 체험할 수 있으며, 로그인이 필요하지 않습니다.
settings-try-demo = 데모 사용해 보기
settings-demo-starting = 데모를 시작하는 중…
settings-own-account = 내 Threads 계정
settings-own-account-note = Meta는 앱이 테스터로 등록된 사람의 인사이트만 읽을 수 있도록 허용하므로, Spool은 직접 만든 Meta 앱을 통해 로그인합니다. 설정은 한 번만 하면 되며 5분 정도 걸립니다.
# Names in Meta's developer dashboard, drawn in bold in the steps below.
settings-meta-use-case = Access the Threads API
settings-meta-roles = Roles → Roles
settings-meta-tester = Threads Tester
settings-meta-use-case-settings = Use cases → Customize → Settings
settings-meta-basic = App settings → Basic
settings-meta-app-id = Threads app ID
settings-meta-app-secret = Threads app secret
# $usecase is settings-meta-use-case.
settings-step-create-app = developers.facebook.com에서 앱을 만들고 사용 사례로 { $usecase }를 선택합니다.
# $roles is settings-meta-roles, $tester settings-meta-tester. The path at the end is Threads' own menus.
settings-step-tester = 앱의 { $roles }에서 자신을 { $tester }(으)로 추가한 다음, Threads에서 초대를 수락합니다(설정 → 계정 → 웹사이트 권한 → 초대).
# $place is settings-meta-use-case-settings.
settings-step-redirect = { $place }에서 다음 리디렉션 콜백 URL을 정확히 그대로 추가합니다:
settings-login-port = Spool이 이 컴퓨터에서 로그인을 받는 포트
settings-change-port = 포트 변경
settings-port-invalid = 포트는 1024부터 65535까지의 정수여야 합니다.
# $place is settings-meta-basic, $id settings-meta-app-id, $secret settings-meta-app-secret.
settings-step-app-id = { $place }에서 { $id }와 { $secret }(Facebook 앱 ID 아님)을 복사해 여기에 붙여 넣습니다:
settings-app-id = Threads 앱 ID
settings-app-secret = Threads 앱 시크릿 코드
settings-app-secret-saved = 저장됨(바꾸려면 다시 입력)
settings-save-app = 저장
settings-log-in = Threads로 로그인
settings-save-app-first = 먼저 앱 ID와 시크릿 코드를 저장하세요.
settings-login-browser-opened = 브라우저에서 Threads 로그인 페이지가 열렸습니다. 그곳에서 Spool을 허용하세요. 이 페이지는 자동으로 다음 단계로 넘어갑니다.
settings-login-open-address = 브라우저에서 다음 주소를 열고 Spool을 허용하세요. 이 페이지는 자동으로 다음 단계로 넘어갑니다:
settings-login-certificate = 브라우저에서 127.0.0.1에 대한 연결이 비공개 연결이 아니라는 경고가 한 번 표시됩니다. 이 컴퓨터에서 로그인을 받기 위해 Spool이 직접 만든 인증서이기 때문입니다. 고급 → 이동을 선택하세요.
settings-login-paste-address = 또는 브라우저가 마지막으로 연 주소 붙여 넣기
settings-login-continue = 계속
settings-login-cancel = 취소
settings-login-errors = Threads에 오류가 표시되는 경우
# $address is the redirect address, drawn as code.
settings-login-errors-note = 등록할 리디렉션 주소는 { $address }입니다. 아래에 Threads 오류 페이지의 주소를 붙여 넣으면 다음 중 어떤 오류인지 알 수 있습니다.
# One row of that list: $code is Meta's error code (drawn in bold); $meaning and $fix are
# the row's login-window-…-meaning and login-window-…-fix.
settings-login-window-error = { $code }: { $meaning }. { $fix }
settings-token-label = 또는 앱의 User Token Generator에서 받은 장기 토큰 붙여 넣기
settings-token-log-in = 토큰으로 로그인
settings-copy = 복사
settings-copied = 복사됨

## Threads 로그인 창 오류의 의미와 해결 방법(Meta 오류 코드별)

login-window-1349168-meaning = Spool이 보낸 리디렉션 주소가 앱에 등록되어 있지 않습니다
login-window-1349168-fix = Meta 앱 대시보드에서 Use cases → Access the Threads API → Settings를 열고, Spool 설정에 표시된 리디렉션 주소를 표시된 그대로(https, 127.0.0.1, 같은 포트와 경로) "Redirect Callback URLs"에 추가한 다음 저장하고 다시 로그인하세요.
login-window-1349026-meaning = 앱 ID가 Threads 앱 ID가 아닙니다: 대개 Facebook 앱 ID를 입력한 경우입니다
login-window-1349026-fix = Meta 앱 대시보드에서 App settings → Basic을 열고 "Threads app ID"와 "Threads app secret"(페이지 맨 위의 App ID 아님)을 Spool 설정에 복사한 다음 다시 로그인하세요.
login-window-4476002-meaning = 사용할 수 있는 앱 ID가 창에 전달되지 않았습니다: Facebook 앱 ID를 입력했거나, threads.net에서 threads.com으로 리디렉션되면서 주소의 쿼리가 사라졌습니다
login-window-4476002-fix = Spool 설정에 App settings → Basic의 "Threads app ID"(Facebook App ID 아님)가 들어 있는지 확인한 다음, Spool에서 로그인을 다시 시작하세요. Spool은 www.threads.com을 바로 엽니다.
login-window-1349245-meaning = Threads 계정이 아직 앱의 테스터 초대를 수락하지 않았습니다
login-window-1349245-fix = Meta 앱 대시보드에서 App roles → Roles → Threads Testers에 계정을 추가한 다음, Threads에서 설정 → 계정 → 웹사이트 권한 → 초대를 열어 초대를 수락하세요. 그런 다음 그 계정으로 다시 로그인하세요.
login-window-1349187-meaning = 리디렉션 주소가 https가 아닙니다
login-window-1349187-fix = https 리디렉션 주소를 등록해 사용하세요. Spool의 주소는 설정에 표시된 https://127.0.0.1 주소입니다. 일반 http와 사용자 지정 스킴은 거부됩니다.
login-window-1-meaning = Meta가 요청을 읽지 못했습니다: 앱 ID가 숫자가 아니거나, 쿼리가 중간에 사라졌거나, 일시적인 오류입니다
login-window-1-fix = Spool 설정의 Threads 앱 ID가 App settings → Basic에 있는 숫자와 같고 공백이 없는지 확인한 다음, Spool에서 로그인을 다시 시작하세요. 문제가 계속되면 몇 분 후에 다시 시도하세요.

## 설정 → 내 데이터

settings-your-data = 내 데이터
settings-data-note = Spool은 로그인 정보, Meta 앱 시크릿 코드, 설정, 모든 동기화 기록을 이 컴퓨터의 데이터 폴더에만 보관하며, 다른 곳에는 보관하지 않습니다.
settings-remove-all = 모든 데이터 삭제…
settings-remove-question = 이 컴퓨터에서 모든 로그인 정보, 설정, 전체 기록을 삭제할까요?
settings-remove-warning = 게시물은 Threads에 남아 있지만, Spool만 보관하는 데이터(시간에 따른 팔로워 수, 게시물별 성장 추이)는 복구할 수 없습니다. 나중에 필요할 수도 있다면 먼저 백업하세요.
settings-remove-confirm = 모두 삭제
settings-remove-cancel = 데이터 유지
settings-removed = 모든 로그인 정보, 설정, 기록을 삭제했습니다.

## 설정 → 정보

settings-about = 정보
settings-loading = 불러오는 중…
settings-about-version = 버전
settings-about-data-folder = 데이터 폴더
settings-about-log-folder = 로그 폴더
settings-about-system = 시스템
settings-about-logins = 로그인 정보
# $store is the system's credential store ("the macOS Keychain").
settings-secrets-system-store = 디스크에 암호화되어 저장되며, 키는 { $store }에 보관됩니다.
# $path is a file's path.
settings-secrets-key-file = 디스크에 암호화되어 저장되지만 시스템 자격 증명 저장소가 응답하지 않아, 키는 본인만 읽을 수 있는 { $path }에 보관됩니다. 내 파일을 읽을 수 있는 사람은 누구나 로그인 정보도 읽을 수 있습니다.
settings-secrets-memory = 메모리에만 보관됩니다.
