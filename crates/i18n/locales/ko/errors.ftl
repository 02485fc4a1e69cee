## 네이티브 쪽의 오류와 알림

## 요청한 일을 하지 못했을 때 창에 알리는 내용

error-no-account = 먼저 계정을 연결하세요(설정 → 계정 연결). 데모를 사용해 볼 수도 있습니다.
error-needs-login = 동기화하기 전에 @{ $username } 계정에 다시 로그인하세요.
error-already-syncing = 이 계정은 이미 동기화 중입니다.
error-removing = Spool이 모든 데이터를 삭제하는 중이므로 그동안에는 동기화할 수 없습니다.
error-logging-out = 이 계정에서 로그아웃하는 중이므로 그동안에는 이 계정을 동기화할 수 없습니다.
error-sync-did-not-stop = 동기화 또는 로그인 확인이 제때 멈추지 않아 아무것도 삭제되지 않았습니다. 잠시 후 다시 시도하세요.
error-sync-interval = 동기화 간격은 1~168시간(1주) 사이로 설정하세요.
error-login-port = 1024~65535 사이의 포트를 선택하세요. 그보다 낮은 포트는 관리자 권한이 필요합니다.
error-post-not-found = 해당 게시물은 Spool 기록에 없습니다.
error-no-post-address = Threads가 이 게시물의 주소를 제공하지 않습니다(저작권 보호 자료가 포함되어 있습니다).
error-not-a-threads-link = Spool은 https로 연결되는 threads.net 또는 threads.com의 게시물만 엽니다. 이 게시물의 주소({ $url })는 이에 해당하지 않으므로({ $reason }) 열지 않았습니다.
error-link-not-an-address = 웹 주소가 아닙니다
error-link-not-https = https 주소가 아닙니다
error-link-not-threads = threads.net 또는 threads.com에 있지 않습니다
error-browser = 브라우저를 열 수 없습니다({ $reason }). 게시물 주소는 { $url } 입니다
error-start-at-login = 로그인할 때 Spool을 시작할지 여부를 변경하지 못했습니다({ $reason }). 다시 시도하세요. 계속 실패하면 데스크톱의 시작 프로그램 목록에서 변경하세요.
error-clipboard = 클립보드가 이미지를 받지 않았습니다({ $reason }). 대신 파일로 내보내세요.
error-chart-image = { $reason }. 이 문제를 신고해 주세요.
error-backup = Spool이 { $path }에 쓰지 못했습니다: { $reason }
error-fault = { $doing } 중에 Spool에서 오류가 발생했습니다. 데이터는 변경되지 않았습니다. 다시 시도하세요. 또 발생하면 Spool 로그와 함께 신고해 주세요(설정 → 정보에서 로그 위치를 확인할 수 있습니다).

## 날짜 선택에서 요청할 수 없는 날

error-range-before-floor = Threads에는 { $floor } 이전의 인사이트가 없습니다. 그날 이후의 날짜를 선택하세요.
error-range-in-future = { $day }은(는) 미래의 날짜입니다. 오늘({ $today }) 또는 그 이전을 선택하세요.
error-range-reversed = 기간이 시작({ $since })하기 전에 끝납니다({ $until }).

## Spool 자체 파일

error-storage-data-dir = Spool이 데이터 폴더 { $path }을(를) 준비하지 못했습니다: { $reason }
error-storage-in-use = 데이터 폴더 { $path }을(를) 사용하는 다른 Spool이 이미 실행 중입니다. 그 창으로 전환하세요(또는 그 Spool을 닫고 다시 시작하세요). 두 개가 동시에 실행되면 서로의 파일을 덮어쓰게 됩니다.
error-storage-credentials = Spool이 인증 정보 파일을 읽거나 쓰지 못했습니다: { $reason }
error-storage-credentials-unreadable = Spool이 인증 정보 파일 { $path }을(를) 읽지 못했습니다: { $reason }. 아무것도 변경되지 않았습니다. 파일을 읽을 수 있게 하거나 디스크를 복구한 다음 Spool을 다시 시작하세요.
error-storage-credentials-not-written = Spool이 인증 정보 파일 { $path }을(를) 저장하지 못했습니다: { $reason }. 아무것도 변경되지 않았습니다. 공간을 확보하거나 데이터 폴더의 권한을 확인한 다음 다시 시도하세요.
error-storage-key-unavailable = Spool이 인증 정보를 암호화하는 키를 { $holder }에서 가져오지 못했습니다: { $reason }. 로그인 정보는 그대로 보존되어 있습니다. { $holder }의 잠금을 해제하거나 실행한 다음 Spool을 다시 시작하세요.
# Where the key that seals the credentials is kept, as $holder (here) and $store
# (Settings → About) name it; key-holder-file's $path is the key's file.
key-holder-macos-keychain = macOS 키체인
key-holder-windows-credential-manager = Windows 자격 증명 관리자
key-holder-secret-service = Secret Service(GNOME Keyring, KWallet)
key-holder-system = 시스템 자격 증명 저장소
key-holder-file = 파일 { $path }
error-storage-unknown-account = Spool이 알지 못하는 계정입니다. 로그아웃되었을 수 있습니다

## 기록 데이터베이스

error-history-damaged = 기록 데이터베이스가 손상되었습니다({ $reason })
error-history-busy = 다른 프로그램(다른 Spool 또는 파일을 읽는 도구)이 기록 데이터베이스를 사용하고 있습니다. 다른 Spool이나 그 프로그램을 닫은 다음 다시 시도하세요
error-history-read-only = Spool이 기록을 쓸 수 없습니다. 디스크 또는 데이터 폴더가 읽기 전용입니다({ $reason }). 쓰기 가능하게 바꾼 다음(설정 → 정보에서 위치를 확인할 수 있습니다) 다시 시도하세요
error-history-disk-full = Spool 기록이 있는 디스크가 가득 찼습니다. 디스크 공간을 확보한 다음 다시 시도하세요. 잃어버린 데이터는 없습니다
error-history-cannot-open = Spool이 기록 파일을 열거나 읽지 못했습니다({ $reason }). Spool이 데이터 폴더를 읽고 쓸 수 있는지 확인한 다음(설정 → 정보에서 위치를 확인할 수 있습니다) 다시 시도하세요
error-history-migration = Spool이 기록을 최신 형식으로 업데이트하지 못했습니다({ $step }단계: { $reason }). 파일은 변경되지 않았습니다. 이 문제를 신고해 주세요
error-history-too-new = 기록 데이터베이스가 더 최신 버전의 Spool로 작성되었습니다(스키마 { $found }). Spool을 업데이트하세요
error-history-failed = 기록 데이터베이스에서 오류가 발생했습니다: { $reason }

## 로그인

error-login-no-app = 먼저 Threads 앱 ID와 앱 시크릿 코드를 입력하세요(설정 → 계정 연결).
error-login-bad-app-id = Threads 앱 ID는 15자리 또는 16자리 숫자입니다(App settings → Basic → Threads app ID).
error-login-bad-app-secret = Threads 앱 시크릿 코드는 영문자와 숫자 32자로 이루어져 있습니다(App settings → Basic → Threads app secret, "Show"를 누르면 표시됨).
error-login-denied = Threads 창에서 로그인이 취소되었습니다. 다시 로그인하고 "허용"을 선택해 Spool이 인사이트를 읽을 수 있게 하세요.
error-login-state-mismatch = 이 주소는 이전 로그인 시도의 주소입니다. 로그인을 다시 시작하고 마지막에 브라우저에 표시되는 주소를 붙여 넣으세요.
error-login-not-an-address = 브라우저가 도착한 주소도, 로그인 코드도 아닙니다. Spool을 허용한 후 브라우저 주소 표시줄에서 전체 주소를 복사하세요.
error-login-code-used = 이 로그인 코드는 이미 사용되었거나 만료되었습니다(코드는 1시간 안에 한 번만 사용할 수 있습니다). 로그인을 다시 시작하세요.
error-login-app-refused = Threads가 앱 ID와 시크릿 코드의 조합을 받아들이지 않았습니다. 앱 대시보드(App settings → Basic의 Threads 앱 ID와 시크릿 코드)에서 둘 다 다시 복사하세요.
error-login-redirect-refused = Threads가 리디렉션 주소를 받아들이지 않았습니다. 설정에 표시된 주소를 그대로 앱의 Threads 설정에 등록한 다음 다시 로그인하세요.
error-login-refused = Threads가 로그인을 거부했습니다: { $message }
error-login-timed-out = { $minutes }분 안에 브라우저에서 응답이 없었습니다. 로그인을 다시 시작하세요.
error-login-listener = Spool이 127.0.0.1:{ $port }에서 로그인을 기다리지 못했습니다({ $reason }). 다른 프로그램이 그 포트를 사용하고 있을 수 있습니다. 설정에서 다른 포트를 선택하고 새 리디렉션 주소를 등록하세요.
error-login-not-started = 진행 중인 로그인이 없습니다. 먼저 "Threads로 로그인"을 선택하세요.
error-login-cancelled = 로그인이 취소되었습니다.
error-login-demo = 데모를 시작하지 못했습니다: { $reason }
# Meta's window showed its own error page: $code is its error code; $meaning and $fix
# say it (a login-window-…-meaning and -fix).
error-login-window-refused = Threads 로그인 창이 로그인을 거부했습니다(오류 { $code }): { $meaning }. { $fix }
# A code Spool does not know: $message is Meta's own words.
error-login-window-unknown = Threads 로그인 창이 로그인을 거부했습니다(오류 { $code }: { $message }). Meta 앱 대시보드에서 앱 ID와 리디렉션 주소를 확인한 다음 로그인을 다시 시작하세요.

## 멈춘 동기화

error-sync-cancelled = 동기화가 취소되었습니다. 아무것도 저장되지 않았으며 기록은 그대로입니다.
said-as-written = { $text }
error-sync-api = 동기화가 중단되어 아무것도 저장되지 않았습니다: { $reason }
error-sync-too-many-pages = 동기화가 중단되어 아무것도 저장되지 않았습니다: Threads가 한 번의 동기화로 읽는 양보다 많은 { $pages }페이지 이상의 게시물을 나열했습니다. 나중에 다시 시도하세요. 또 발생하면 신고해 주세요.
error-sync-too-slow = 동기화가 중단되어 아무것도 저장되지 않았습니다: { $limit } 후에도 계속 읽고 있었습니다. 연결을 확인하고 나중에 다시 시도하세요.
error-sync-limit-seconds = { $seconds }초
error-sync-limit-minutes = { $minutes }분

## 내보내기와 저장한 파일

error-export-range-needed = 내보낼 날짜({ $what })를 선택한 다음 다시 내보내세요.
error-export-nothing-stored = Spool에 아직 저장된 { $what } 데이터가 없습니다. 동기화한 다음 다시 내보내세요.
error-export-drawing = 차트를 그리지 못했습니다: { $reason }. 이 문제를 신고해 주세요. 데이터는 변경되지 않았습니다.
error-export-too-large = { $width } × { $height }픽셀 이미지는 너무 큽니다. 더 낮은 해상도를 선택하세요
error-export-encoding = Spool이 { $format } 파일을 쓰지 못했습니다({ $reason }). 이 문제를 신고해 주세요.
error-save-folder-missing = '{ $file }'을(를) 저장할 폴더가 더 이상 없습니다. 다른 폴더를 선택하고 다시 저장하세요.
error-save-not-writable = Spool이 그 위치에 '{ $file }'을(를) 쓸 수 없습니다. 폴더가 읽기 전용이거나 다른 앱이 파일을 열고 있습니다. 다른 폴더를 선택하거나 다른 앱에서 파일을 닫은 다음 다시 저장하세요.
error-save-disk-full = '{ $file }'을(를) 저장할 공간이 부족합니다. 공간을 확보하거나 다른 드라이브를 선택한 다음 다시 저장하세요.
error-save-other = Spool이 '{ $file }'을(를) 저장하지 못했습니다: { $reason }. 다른 폴더를 선택하고 다시 저장하세요.
error-save-folder-in-the-way = 같은 이름의 폴더가 이미 있습니다

## Threads의 응답

error-api-refused = 보내지 않음: { $reason }
error-api-rate-limited = Threads가 요청을 제한하고 있습니다(코드 { $code })
error-api-rate-limited-retry = Threads가 요청을 제한하고 있습니다(코드 { $code }). { $seconds }초 후에 다시 시도하세요
error-api-token-expired = 로그인이 만료되었거나 취소되었습니다(코드 { $code }). 다시 로그인하세요
error-api-permission-missing = 로그인에 { $scope } 권한이 없습니다(코드 { $code }). 다시 로그인하고 권한을 허용하세요
error-api-not-found = Threads가 해당 개체를 찾지 못했거나 이 로그인으로는 볼 수 없습니다(코드 100, 하위 코드 33): { $message }
error-api-invalid-subcode = Threads가 요청을 거부했습니다(코드 100, 하위 코드 { $subcode }): { $message }
error-api-invalid = Threads가 요청을 거부했습니다(코드 100): { $message }
error-api-login-refused = Threads가 { $step } 요청을 거부했습니다: { $message }
error-api-step-code-exchange = 로그인 완료
error-api-step-long-lived-exchange = 장기 로그인 발급
error-api-step-refresh = 로그인 갱신
error-api-step-profile = 프로필 읽기
error-api-step-posts = 게시물 목록 가져오기
error-api-step-post-insights = 게시물 인사이트 읽기
error-api-step-account-insights = 계정 인사이트 읽기
error-api-transient = Threads에 일시적인 오류가 발생했습니다({ $detail }). 잠시 후 다시 시도하세요
error-api-other = Threads가 오류 { $code }(으)로 응답했습니다: { $message }
error-api-network = Threads에 연결할 수 없습니다: { $reason }
error-api-timeout = Threads가 제때 응답하지 않았습니다
error-api-unexpected = Threads가 예상치 못한 응답을 보냈습니다(HTTP { $status }): { $detail }

## 명령에 대한 응답이 아닌 알림

native-history-unopened = Spool이 기록을 열지 못해 파일을 그대로 두었습니다: { $reason }. 그동안에도 계정과 설정은 사용할 수 있으며, 원인이 해결되면 기록이 자동으로 열립니다.
# Told once the window is up, about a file opened at start ($path: where the old file was kept).
native-credentials-restored = Spool의 인증 정보 파일이 손상되어 백업 사본에서 로그인 정보를 복원했고, 손상된 파일은 { $path }에 보관했습니다.
native-credentials-damaged = Spool의 인증 정보 파일이 손상되어 이 파일 없이 시작했고, 사본을 { $path }에 보관했습니다. 계정에 다시 로그인하세요. 기록에는 영향이 없습니다.
# $holder: where the key was kept ("the macOS Keychain", "the file …/credentials.key").
native-credentials-key-gone = Spool이 인증 정보의 암호화를 풀지 못했습니다: 암호화에 쓴 키가 { $holder }에서 사라졌습니다. 암호화된 파일은 { $path }에 보관하고 이 파일 없이 시작했습니다. 계정에 다시 로그인하세요. 기록에는 영향이 없습니다.
native-history-set-aside = Spool의 기록을 읽을 수 없어 새 기록을 시작했고, 이전 파일은 { $path }에 보관했습니다. 다시 동기화하면 Threads에 남아 있는 데이터가 다시 채워집니다.
native-background-fault = 백그라운드에서 { $doing } 중에 Spool에서 오류가 발생했지만 계속 실행 중입니다. 데이터는 변경되지 않았으며 다음 회차에 다시 시도합니다. 이 알림이 다시 나타나면 Spool 로그와 함께 신고해 주세요(설정 → 정보에서 로그 위치를 확인할 수 있습니다).

## 저장 대화상자에서 선택할 수 있는 파일 종류

dialog-filter-png = PNG 이미지
dialog-filter-svg = SVG 이미지
dialog-filter-csv = CSV(스프레드시트)
dialog-filter-json = JSON
dialog-filter-sqlite = SQLite 데이터베이스

## macOS의 응용 프로그램 메뉴

menu-about = Spool에 관하여
menu-settings = 설정…
menu-services = 서비스
menu-hide = Spool 가리기
menu-hide-others = 기타 가리기
menu-show-all = 모두 보기
menu-quit = Spool 종료
menu-edit = 편집
menu-undo = 실행 취소
menu-redo = 실행 복귀
menu-cut = 오려두기
menu-copy = 복사하기
menu-paste = 붙여넣기
menu-select-all = 전체 선택
menu-view = 보기
menu-full-screen = 전체 화면 전환
menu-window = 윈도우
menu-minimize = 최소화
menu-zoom = 확대/축소
menu-close-window = 윈도우 닫기

## 오류가 발생했을 때 Spool이 하던 일(error-fault와 native-background-fault의 '중에' 앞)

error-doing-backing-up = 기록 백업
error-doing-checking-logins = 로그인 확인
error-doing-copying-chart = 차트 복사
error-doing-deciding-notifications = 알림 내용 결정
error-doing-drawing-chart = 차트 그리기
error-doing-emptying-history = 기록 비우기
error-doing-exporting-chart = 차트 내보내기
error-doing-exporting-data = 데이터 내보내기
error-doing-logging-in = 로그인
error-doing-logging-in-with-token = 토큰으로 로그인
error-doing-logging-out = 로그아웃
error-doing-opening-demo = 데모 열기
error-doing-opening-history = 기록 열기
error-doing-opening-post = 게시물 열기
error-doing-reading-accounts = 계정 읽기
error-doing-reading-audience = 오디언스 읽기
error-doing-reading-best-times = 최적 시간대 읽기
error-doing-reading-best-times-to-post = 게시하기 좋은 시간대 읽기
error-doing-reading-content-insights = 콘텐츠 인사이트 읽기
error-doing-reading-last-sync = 마지막 동기화 읽기
error-doing-reading-link-clicks = 링크 클릭 읽기
error-doing-reading-login-settings = 로그인 설정 읽기
error-doing-reading-overview = 개요 읽기
error-doing-reading-pasted-address = 붙여 넣은 주소 읽기
error-doing-reading-post = 게시물 읽기
error-doing-reading-posts = 게시물 목록 읽기
error-doing-reading-preferences = 환경설정 읽기
error-doing-reading-today = '오늘' 읽기
error-doing-reading-todays-numbers = 오늘의 수치 읽기
error-doing-reading-what-works = '성공 요인' 읽기
error-doing-reading-young-posts = 최근 게시물 읽기
error-doing-recording-failed-sync = 실패한 동기화 기록
error-doing-removing-all-data = 모든 데이터 삭제
error-doing-running-scheduled-syncs = 예약된 동기화 실행
error-doing-saving-file = 파일 저장
error-doing-saving-login-port = 로그인 포트 저장
error-doing-saving-preferences = 환경설정 저장
error-doing-saving-meta-app = Meta 앱 저장
error-doing-starting-login = 로그인 시작
error-doing-stopping-sync = 동기화 중지
error-doing-switching-accounts = 계정 전환
error-doing-syncing = 동기화

## Reports

error-unknown-account = Spool에 @{ $username } 계정이 없습니다. 먼저 Spool에서 연결하거나 Spool에 있는 계정을 지정하세요(데모 계정은 demo).
error-report-folder = Spool이 { $path }에 보고서를 쓸 수 없습니다: { $reason }. 존재하는 폴더를 선택하세요.
error-report-sync-failed = 동기화에 실패하여 보고서를 쓰지 않았습니다: { $reason }
error-report-sync-stopped = 동기화가 중지되어 보고서를 쓰지 않았습니다.
error-doing-drawing-report = 보고서 그리기
error-doing-writing-report = 보고서 쓰기
error-doing-writing-scheduled-report = 예약된 보고서 쓰기
error-doing-reading-report-schedule = 보고서 일정 읽기
error-doing-saving-report-schedule = 보고서 일정 저장
error-doing-choosing-folder = 폴더 선택
