## The window's frame: palette, shortcuts, banners, Settings' accounts and About

## 命令面板（Ctrl+K）

palette-label = 命令面板
palette-placeholder = 前往畫面、貼文、期間…
# The list of what the palette offers, as screen readers name it.
palette-commands = 命令
palette-empty = 找不到相符的項目。請輸入畫面名稱或貼文中的文字。
# $screen is a screen's name (screen-today…).
palette-go-to = 前往「{ $screen }」
# $range is a range's name ("30 days").
palette-range = 期間：{ $range }
# $account is a handle (@name).
palette-show-account = 顯示 { $account }
palette-export-chart = 匯出這張圖表…
# $excerpt is the start of a post's text.
palette-post = 貼文：{ $excerpt }

## 鍵盤快速鍵清單（?）

shortcuts-title = 鍵盤快速鍵
shortcuts-screens = 依側邊欄的順序前往各畫面
shortcuts-palette = 命令面板：畫面、貼文、期間、同步、匯出
shortcuts-sync = 同步目前顯示的帳號
shortcuts-close-window = 關閉視窗（若有系統匣，Spool 會繼續在其中執行）
shortcuts-chart = 圖表取得焦點時，朗讀圖表的數值
shortcuts-this-list = 這份清單
shortcuts-close-dialogs = 關閉命令面板或這份清單
shortcuts-close = 關閉

## 視窗外框：側邊欄

# $version is Spool's version ("0.1.0").
app-version = Spool { $version }
# The sidebar, as screen readers name it.
app-screens = 畫面
app-show-account = 顯示帳號
# The badge of the demo account.
app-demo-badge = 示範
# An account in the sidebar's switcher: $account is its handle (@name).
app-account-demo = { $account }（示範）
# The window could not reach Spool's native side: $detail says what failed, in technical words.
app-ipc-failed = Spool 的視窗無法與應用程式通訊：{ $detail }。請重新啟動 Spool；若一再發生，請回報這個問題。
# $detail when nothing says what failed.
app-ipc-unknown = 不明的錯誤

## 畫面上方的橫幅

# $account is a handle (@name), drawn in bold.
banner-needs-login = Threads 已不再接受 { $account } 的登入。請重新登入，讓洞察資料保持最新；Spool 已儲存的資料都會保留。
banner-log-in-again = 重新登入
banner-dismiss = 關閉
# Folds what Meta's support would ask for about an error.
banner-details = 詳細資料

## 設定 → 帳號

settings-accounts = 帳號
settings-no-account = 尚未連結帳號：試用示範帳號，或在下方連結你的帳號。
settings-needs-login = 需要重新登入
# $date is a date.
settings-login-valid-until = 登入有效期限至 { $date }
settings-show-account = 顯示
settings-shown = 顯示中
settings-log-out = 登出
# $account is a handle (@name).
settings-logged-out = 已登出 { $account }：Spool 已從這台電腦刪除此帳號登入資料的所有副本。若也要在 Threads 上移除 Spool 的存取權，請開啟 Threads：設定 → 帳號 → 網站權限。

## 設定 → 連結帳號

settings-connect = 連結帳號
settings-demo-note = 還沒有 Meta 應用程式嗎？示範帳號會以 18 個月的模擬洞察資料展示 Spool，不需要登入。
settings-try-demo = 試用示範帳號
settings-demo-starting = 正在啟動示範帳號…
settings-own-account = 你自己的 Threads 帳號
settings-own-account-note = Meta 只允許應用程式讀取列為測試人員者的洞察資料，因此 Spool 會透過你自己的 Meta 應用程式登入。設定只需一次，約五分鐘即可完成。
# Names in Meta's developer dashboard, drawn in bold in the steps below.
settings-meta-use-case = Access the Threads API
settings-meta-roles = Roles → Roles
settings-meta-tester = Threads Tester
settings-meta-use-case-settings = Use cases → Customize → Settings
settings-meta-basic = App settings → Basic
settings-meta-app-id = Threads app ID
settings-meta-app-secret = Threads app secret
# $usecase is settings-meta-use-case.
settings-step-create-app = 在 developers.facebook.com 建立應用程式，並選擇使用案例 { $usecase }。
# $roles is settings-meta-roles, $tester settings-meta-tester. The path at the end is Threads' own menus.
settings-step-tester = 在應用程式的 { $roles } 中將自己新增為 { $tester }，然後在 Threads 中接受邀請（設定 → 帳號 → 網站權限 → 邀請）。
# $place is settings-meta-use-case-settings.
settings-step-redirect = 在 { $place } 下，新增以下重新導向回呼網址，內容須完全相同：
settings-login-port = Spool 在你電腦上接收登入的連接埠
settings-change-port = 變更連接埠
settings-port-invalid = 連接埠必須是 1024 到 65535 之間的整數。
# $place is settings-meta-basic, $id settings-meta-app-id, $secret settings-meta-app-secret.
settings-step-app-id = 從 { $place } 複製 { $id } 和 { $secret }（不是 Facebook 應用程式編號），貼到這裡：
settings-app-id = Threads 應用程式編號
settings-app-secret = Threads 應用程式密鑰
settings-app-secret-saved = 已儲存（重新輸入即可取代）
settings-save-app = 儲存
settings-log-in = 使用 Threads 登入
settings-save-app-first = 請先儲存應用程式編號和密鑰。
settings-login-browser-opened = 你的瀏覽器已開啟 Threads 登入頁面。請在該頁面允許 Spool，此頁面會自動繼續。
settings-login-open-address = 請在瀏覽器中開啟這個網址並允許 Spool，此頁面會自動繼續：
settings-login-certificate = 瀏覽器會警告一次，表示與 127.0.0.1 的連線不是私人連線：這是 Spool 為了在你的電腦上接收登入而自行建立的憑證。請選擇「進階」→「繼續前往」。
settings-login-paste-address = 或貼上瀏覽器最後停留的網址
settings-login-continue = 繼續
settings-login-cancel = 取消
settings-login-errors = 如果 Threads 顯示錯誤
# $address is the redirect address, drawn as code.
settings-login-errors-note = 要註冊的重新導向網址是 { $address }。在下方貼上 Threads 錯誤頁面的網址，即可得知是以下哪一種錯誤。
# One row of that list: $code is Meta's error code (drawn in bold); $meaning and $fix are
# the row's login-window-…-meaning and login-window-…-fix.
settings-login-window-error = { $code }：{ $meaning }。{ $fix }
settings-token-label = 或貼上從應用程式的 User Token Generator 取得的長期權杖
settings-token-log-in = 使用權杖登入
settings-copy = 複製
settings-copied = 已複製

## Threads 登入視窗錯誤的意思與解決方式（依 Meta 的錯誤代碼）

login-window-1349168-meaning = Spool 送出的重新導向網址未在應用程式中登錄
login-window-1349168-fix = 在 Meta 應用程式主控板中開啟 Use cases → Access the Threads API → Settings，將 Spool「設定」顯示的重新導向網址完全照原樣（https、127.0.0.1、相同的連接埠和路徑）加到「Redirect Callback URLs」；儲存後再重新登入。
login-window-1349026-meaning = 應用程式編號不是 Threads 應用程式編號：通常是輸入了 Facebook 應用程式編號
login-window-1349026-fix = 在 Meta 應用程式主控板中開啟 App settings → Basic，將「Threads app ID」和「Threads app secret」（不是頁面頂端的 App ID）複製到 Spool 的「設定」，再重新登入。
login-window-4476002-meaning = 視窗沒有收到可用的應用程式編號：可能是輸入了 Facebook 應用程式編號，或網址從 threads.net 重新導向到 threads.com 時遺失了查詢參數
login-window-4476002-fix = 確認 Spool 的「設定」中填的是 App settings → Basic 裡的「Threads app ID」（不是 Facebook App ID），然後從 Spool 重新開始登入；Spool 會直接開啟 www.threads.com。
login-window-1349245-meaning = 這個 Threads 帳號尚未接受應用程式的測試人員邀請
login-window-1349245-fix = 在 Meta 應用程式主控板的 App roles → Roles → Threads Testers 下新增這個帳號；接著在 Threads 中開啟「設定 → 帳號 → 網站權限 → 邀請」並接受邀請。然後用這個帳號重新登入。
login-window-1349187-meaning = 重新導向網址不是 https
login-window-1349187-fix = 請登錄並使用 https 重新導向網址：Spool 自己的網址就是「設定」顯示的 https://127.0.0.1 網址。一般的 http 和自訂配置都會被拒絕。
login-window-1-meaning = Meta 無法讀取這個要求：可能是應用程式編號不是數字、查詢參數在途中遺失，或是暫時性的錯誤
login-window-1-fix = 確認 Spool「設定」中的 Threads 應用程式編號就是 App settings → Basic 裡的數字，且沒有空格，然後從 Spool 重新開始登入。如果問題持續，請過幾分鐘再試一次。

## 設定 → 你的資料

settings-your-data = 你的資料
settings-data-note = Spool 只會將你的登入資料、Meta 應用程式密鑰、設定，以及每次同步的歷史資料，保存在這台電腦上的資料夾中，不會存放在其他地方。
settings-remove-all = 移除所有資料…
settings-remove-question = 要從這台電腦移除所有登入資料、設定和全部歷史資料嗎？
settings-remove-warning = 你的貼文仍會保留在 Threads 上；但只有 Spool 保存的資料（追蹤者的變化、每則貼文的成長）將無法復原。如果之後可能需要，請先備份。
settings-remove-confirm = 全部移除
settings-remove-cancel = 保留我的資料
settings-removed = 所有登入資料、設定和歷史資料都已移除。

## 設定 → 關於

settings-about = 關於
settings-loading = 載入中…
settings-about-version = 版本
settings-about-data-folder = 資料存放位置
settings-about-log-folder = 記錄檔存放位置
settings-about-system = 系統
settings-about-logins = 登入資料
# $store is the system's credential store ("the macOS Keychain").
settings-secrets-system-store = 已加密存放在磁碟上；金鑰由 { $store } 保管。
# $path is a file's path.
settings-secrets-key-file = 已加密存放在磁碟上，但系統的憑證儲存區沒有回應，因此金鑰存放在只有你能讀取的 { $path }：任何能讀取你檔案的人，都能讀取你的登入資料。
settings-secrets-memory = 僅保存在記憶體中。
