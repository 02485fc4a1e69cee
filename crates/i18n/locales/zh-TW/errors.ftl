## 原生端的錯誤與通知

## 要求的事無法完成時，視窗上顯示的內容

error-no-account = 請先連結帳號（設定 → 連結帳號），或試用示範帳號。
error-needs-login = 同步前請重新登入 @{ $username }。
error-already-syncing = 這個帳號已在同步中。
error-removing = Spool 正在移除所有資料，期間無法進行任何同步。
error-logging-out = 這個帳號正在登出，期間無法同步這個帳號的任何資料。
error-sync-did-not-stop = 有同步或登入檢查未能及時停止，因此沒有移除任何資料。請稍後再試一次。
error-sync-interval = 同步間隔請設為 1 到 168 小時（一週）。
error-login-port = 請選擇 1024 到 65535 之間的連接埠；更低的連接埠需要系統管理員權限。
error-post-not-found = Spool 的歷史資料中沒有這則貼文。
error-no-post-address = Threads 沒有提供這則貼文的網址（其中含有受著作權保護的內容）。
error-not-a-threads-link = Spool 只會以 https 開啟 threads.net 或 threads.com 上的貼文；這則貼文的網址（{ $url }）不符合條件（{ $reason }），因此沒有開啟。
error-link-not-an-address = 它不是網址
error-link-not-https = 它不是 https 網址
error-link-not-threads = 它不在 threads.net 或 threads.com 上
error-browser = 無法開啟瀏覽器（{ $reason }）；貼文網址為 { $url }
error-start-at-login = Spool 無法變更是否在你登入電腦時啟動（{ $reason }）。請再試一次；如果仍然失敗，請在桌面環境的開機啟動程式清單中變更。
error-clipboard = 剪貼簿不接受這張圖片（{ $reason }）。請改為匯出成檔案。
error-chart-image = { $reason }。請回報這個問題。
error-backup = Spool 無法寫入 { $path }：{ $reason }
error-fault = Spool 在{ $doing }時發生錯誤；你的資料沒有變動。請再試一次；如果再次發生，請附上 Spool 的記錄檔回報（記錄檔的位置顯示在「設定 → 關於」）。

## 日期選擇器無法要求的日期

error-range-before-floor = Threads 沒有 { $floor } 之前的洞察報告；請選擇該日之後的日期。
error-range-in-future = { $day } 是未來的日期；請選擇今天（{ $today }）或更早的日期。
error-range-reversed = 期間的結束日（{ $until }）早於開始日（{ $since }）。

## Spool 自己的檔案

error-storage-data-dir = Spool 無法準備資料夾 { $path }：{ $reason }
error-storage-in-use = 已有另一個 Spool 正在使用資料夾 { $path }。請切換到它的視窗（或將它關閉後重新啟動 Spool）：兩個 Spool 同時執行會互相覆寫檔案。
error-storage-credentials = Spool 無法讀取或寫入憑證檔案：{ $reason }
error-storage-credentials-unreadable = Spool 無法讀取憑證檔案 { $path }：{ $reason }。沒有變動任何資料：請讓你的帳戶能讀取這個檔案（或修復磁碟），再重新啟動 Spool。
error-storage-credentials-not-written = Spool 無法儲存憑證檔案 { $path }：{ $reason }。沒有變動任何資料：請釋出一些空間或檢查資料夾的權限，再試一次。
error-storage-key-unavailable = Spool 無法從 { $holder } 取得加密憑證用的金鑰：{ $reason }。你的登入資訊維持原狀：請解鎖或啟動 { $holder }，再重新啟動 Spool。
# Where the key that seals the credentials is kept, as $holder (here) and $store
# (Settings → About) name it; key-holder-file's $path is the key's file.
key-holder-macos-keychain = macOS 鑰匙圈
key-holder-windows-credential-manager = Windows 認證管理員
key-holder-secret-service = Secret Service（GNOME Keyring、KWallet）
key-holder-system = 系統的憑證存放區
key-holder-file = 檔案 { $path }
error-storage-unknown-account = Spool 不認得這個帳號；它可能已經登出

## 歷史資料庫

error-history-damaged = 歷史資料庫已損毀（{ $reason }）
error-history-busy = 歷史資料庫正被其他程式使用（另一個 Spool，或正在讀取檔案的工具）：請關閉另一個 Spool 或該程式，再試一次
error-history-read-only = Spool 無法寫入歷史資料：磁碟或資料夾為唯讀（{ $reason }）。請將它改為可寫入（位置顯示在「設定 → 關於」），再試一次
error-history-disk-full = 存放 Spool 歷史資料的磁碟已滿：請釋出一些磁碟空間，再試一次；沒有遺失任何資料
error-history-cannot-open = Spool 無法開啟或讀取歷史資料檔案（{ $reason }）：請確認 Spool 可以讀寫它的資料夾（位置顯示在「設定 → 關於」），再試一次
error-history-migration = Spool 無法將歷史資料更新為最新格式（第 { $step } 步：{ $reason }）；檔案沒有變動。請回報這個問題
error-history-too-new = 歷史資料庫是由較新版本的 Spool 寫入的（結構描述 { $found }）；請更新 Spool
error-history-failed = 歷史資料庫發生錯誤：{ $reason }

## 登入

error-login-no-app = 請先輸入 Threads 應用程式編號和應用程式密鑰（設定 → 連結帳號）。
error-login-bad-app-id = Threads 應用程式編號是 15 或 16 位數的數字（App settings → Basic → Threads app ID）。
error-login-bad-app-secret = Threads 應用程式密鑰是由 32 個英文字母和數字組成的字串（App settings → Basic → Threads app secret，按下「Show」後顯示）。
error-login-denied = 已在 Threads 視窗中取消登入。請重新登入並選擇「允許」，讓 Spool 可以讀取你的洞察報告。
error-login-state-mismatch = 這個網址屬於先前的登入嘗試。請重新開始登入，並貼上瀏覽器最後顯示的網址。
error-login-not-an-address = 這既不是瀏覽器最後停留的網址，也不是登入代碼。請在允許 Spool 之後，從瀏覽器的網址列複製完整網址。
error-login-code-used = 這個登入代碼已使用過或已過期（代碼只能在一小時內使用一次）。請重新開始登入。
error-login-app-refused = Threads 不接受這組應用程式編號和密鑰。請從應用程式的主控板（App settings → Basic 的 Threads 應用程式編號和密鑰）重新複製兩者。
error-login-redirect-refused = Threads 不接受重新導向網址。請在應用程式的 Threads 設定中，完全照「設定」顯示的網址登錄，再重新登入。
error-login-refused = Threads 拒絕了登入：{ $message }
error-login-timed-out = 瀏覽器在 { $minutes } 分鐘內沒有回應；請重新開始登入。
error-login-listener = Spool 無法在 127.0.0.1:{ $port } 等候登入（{ $reason }）。可能有其他程式正在使用該連接埠：請在「設定」中選擇其他連接埠，並登錄新的重新導向網址。
error-login-not-started = 目前沒有進行中的登入：請先選擇「使用 Threads 登入」。
error-login-cancelled = 已取消登入。
error-login-demo = 無法啟動示範帳號：{ $reason }
# Meta's window showed its own error page: $code is its error code; $meaning and $fix
# say it (a login-window-…-meaning and -fix).
error-login-window-refused = Threads 登入視窗拒絕了這次登入（錯誤 { $code }）：{ $meaning }。{ $fix }
# A code Spool does not know: $message is Meta's own words.
error-login-window-unknown = Threads 登入視窗拒絕了這次登入（錯誤 { $code }：{ $message }）。請在 Meta 應用程式主控板中檢查應用程式編號和重新導向網址，然後重新開始登入。

## 中斷的同步

error-sync-cancelled = 已取消同步；未儲存任何資料，歷史資料維持原狀。
said-as-written = { $text }
error-sync-api = 同步已停止，未儲存任何資料：{ $reason }
error-sync-too-many-pages = 同步已停止，未儲存任何資料：Threads 列出了超過 { $pages } 頁的貼文，超出一次同步所讀取的量。請稍後再試；如果再次發生，請回報這個問題。
error-sync-too-slow = 同步已停止，未儲存任何資料：經過 { $limit }後仍在讀取。請檢查網路連線，稍後再試。
error-sync-limit-seconds = { $seconds } 秒
error-sync-limit-minutes = { $minutes } 分鐘

## 匯出與儲存的檔案

error-export-range-needed = 請選擇要匯出的日期（{ $what }），再重新匯出。
error-export-nothing-stored = Spool 尚未儲存任何 { $what } 資料：請先同步，再重新匯出。
error-export-drawing = 無法繪製圖表：{ $reason }。請回報這個問題；你的資料沒有變動。
error-export-too-large = { $width } × { $height } 像素的圖片太大；請選擇較低的解析度
error-export-encoding = Spool 無法寫入 { $format } 檔案（{ $reason }）；請回報這個問題。
error-save-folder-missing = 「{ $file }」所在的資料夾已不存在。請選擇其他資料夾，再儲存一次。
error-save-not-writable = Spool 無法在該處寫入「{ $file }」：資料夾為唯讀，或有其他應用程式開著這個檔案。請選擇其他資料夾，或在其他應用程式中關閉檔案，再儲存一次。
error-save-disk-full = 空間不足，無法儲存「{ $file }」。請釋出一些空間或選擇其他磁碟機，再儲存一次。
error-save-other = Spool 無法儲存「{ $file }」：{ $reason }。請選擇其他資料夾，再儲存一次。
error-save-folder-in-the-way = 該處已有同名的資料夾

## Threads 的回應

error-api-refused = 未送出：{ $reason }
error-api-rate-limited = Threads 正在限制要求次數（代碼 { $code }）
error-api-rate-limited-retry = Threads 正在限制要求次數（代碼 { $code }）；請在 { $seconds } 秒後再試
error-api-token-expired = 登入已過期或已被撤銷（代碼 { $code }）：請重新登入
error-api-permission-missing = 登入缺少 { $scope } 權限（代碼 { $code }）：請重新登入並允許此權限
error-api-not-found = Threads 找不到該物件，或這個登入無法存取它（代碼 100，子代碼 33）：{ $message }
error-api-invalid-subcode = Threads 拒絕了要求（代碼 100，子代碼 { $subcode }）：{ $message }
error-api-invalid = Threads 拒絕了要求（代碼 100）：{ $message }
error-api-login-refused = Threads 拒絕了{ $step }：{ $message }
error-api-step-code-exchange = 完成登入
error-api-step-long-lived-exchange = 取得長期登入
error-api-step-refresh = 更新登入
error-api-step-profile = 讀取個人檔案
error-api-step-posts = 列出貼文
error-api-step-post-insights = 讀取貼文的洞察報告
error-api-step-account-insights = 讀取帳號的洞察報告
error-api-transient = Threads 發生暫時性錯誤（{ $detail }）；請稍後再試
error-api-other = Threads 回應了錯誤 { $code }：{ $message }
error-api-network = 無法連線到 Threads：{ $reason }
error-api-timeout = Threads 沒有及時回應
error-api-unexpected = Threads 傳回了非預期的回應（HTTP { $status }）：{ $detail }

## 不是回應指令的通知

native-history-unopened = Spool 無法開啟歷史資料，已讓檔案維持原狀：{ $reason }。在此期間，你的帳號和設定仍可正常使用；問題排除後，歷史資料會自動開啟。
# Told once the window is up, about a file opened at start ($path: where the old file was kept).
native-credentials-restored = Spool 的憑證檔案已損毀，因此 Spool 已從備份複本還原你的登入資訊，並將損毀的檔案保留在 { $path }。
native-credentials-damaged = Spool 的憑證檔案已損毀，因此 Spool 在沒有它的情況下啟動，並將一份複本保留在 { $path }。請重新登入你的帳號；歷史資料不受影響。
# $holder: where the key was kept ("the macOS Keychain", "the file …/credentials.key").
native-credentials-key-gone = Spool 無法解密憑證：用來加密的金鑰已不在 { $holder } 中。Spool 已將加密的檔案保留在 { $path }，並在沒有它的情況下啟動。請重新登入你的帳號；歷史資料不受影響。
native-history-set-aside = Spool 無法讀取歷史資料，因此已建立新的歷史資料，並將舊檔案保留在 { $path }。再次同步即可重建 Threads 上仍保有的資料。
native-background-fault = Spool 在背景{ $doing }時發生錯誤，但仍繼續執行；你的資料沒有變動，下一輪會再試一次。如果這則通知再次出現，請附上 Spool 的記錄檔回報（記錄檔的位置顯示在「設定 → 關於」）。

## 儲存對話框提供的檔案類型

dialog-filter-png = PNG 圖片
dialog-filter-svg = SVG 圖片
dialog-filter-csv = CSV（試算表）
dialog-filter-json = JSON
dialog-filter-sqlite = SQLite 資料庫

## macOS 的應用程式選單

menu-about = 關於 Spool
menu-settings = 設定…
menu-services = 服務
menu-hide = 隱藏 Spool
menu-hide-others = 隱藏其他
menu-show-all = 顯示全部
menu-quit = 結束 Spool
menu-edit = 編輯
menu-undo = 還原
menu-redo = 重做
menu-cut = 剪下
menu-copy = 拷貝
menu-paste = 貼上
menu-select-all = 全選
menu-view = 顯示方式
menu-full-screen = 切換全螢幕
menu-window = 視窗
menu-minimize = 縮到最小
menu-zoom = 縮放
menu-close-window = 關閉視窗

## 發生錯誤時 Spool 正在做的事（error-fault 與 native-background-fault 中「在…時」之間）

error-doing-backing-up = 備份歷史資料
error-doing-checking-logins = 檢查登入狀態
error-doing-copying-chart = 複製圖表
error-doing-deciding-notifications = 決定通知內容
error-doing-drawing-chart = 繪製圖表
error-doing-emptying-history = 清空歷史資料
error-doing-exporting-chart = 匯出圖表
error-doing-exporting-data = 匯出資料
error-doing-logging-in = 登入
error-doing-logging-in-with-token = 使用權杖登入
error-doing-logging-out = 登出
error-doing-opening-demo = 開啟示範帳號
error-doing-opening-history = 開啟歷史資料
error-doing-opening-post = 開啟貼文
error-doing-reading-accounts = 讀取帳號
error-doing-reading-audience = 讀取受眾
error-doing-reading-best-times = 讀取最佳時段
error-doing-reading-best-times-to-post = 讀取最佳發文時段
error-doing-reading-content-insights = 讀取內容洞察報告
error-doing-reading-last-sync = 讀取上次同步
error-doing-reading-link-clicks = 讀取連結點擊次數
error-doing-reading-login-settings = 讀取登入設定
error-doing-reading-overview = 讀取總覽
error-doing-reading-pasted-address = 讀取貼上的網址
error-doing-reading-post = 讀取貼文
error-doing-reading-posts = 讀取貼文列表
error-doing-reading-preferences = 讀取偏好設定
error-doing-reading-today = 讀取「今天」
error-doing-reading-todays-numbers = 讀取今天的數據
error-doing-reading-what-works = 讀取「成功關鍵」
error-doing-reading-young-posts = 讀取新貼文
error-doing-recording-failed-sync = 記錄失敗的同步
error-doing-removing-all-data = 移除所有資料
error-doing-running-scheduled-syncs = 執行排定的同步
error-doing-saving-file = 儲存檔案
error-doing-saving-login-port = 儲存登入連接埠
error-doing-saving-preferences = 儲存偏好設定
error-doing-saving-meta-app = 儲存你的 Meta 應用程式
error-doing-starting-login = 開始登入
error-doing-stopping-sync = 停止同步
error-doing-switching-accounts = 切換帳號
error-doing-syncing = 同步

## Reports

error-unknown-account = Spool 沒有 @{ $username } 這個帳號:請先在 Spool 連結它,或指定 Spool 已有的帳號(示範帳號為 demo)。
error-report-folder = Spool 無法將報告寫入 { $path }:{ $reason }。請選擇一個存在的資料夾。
error-report-sync-failed = 同步失敗,因此沒有寫入報告:{ $reason }
error-report-sync-stopped = 同步已停止,因此沒有寫入報告。
error-doing-drawing-report = 繪製報告
error-doing-writing-report = 寫入報告
error-doing-writing-scheduled-report = 寫入排程報告
error-doing-reading-report-schedule = 讀取報告排程
error-doing-saving-report-schedule = 儲存報告排程
error-doing-choosing-folder = 選擇資料夾
