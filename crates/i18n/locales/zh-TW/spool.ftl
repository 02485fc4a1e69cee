# Spool 的繁體中文（台灣）：譯自英文原文 locales/en/spool.ftl。
# Ids begin with the part of Spool that says them.

## 帳號的顯示方式（系統匣與通知中）

account-handle = @{ $username }
account-handle-demo = @{ $username }（示範）

## 系統匣選單（macOS 上為選單列）

tray-profile-views = 個人檔案瀏覽次數：今天目前 { $today } 次，昨天 { $yesterday } 次
tray-followers = 追蹤者：{ $followers }
tray-followers-change = 追蹤者：{ $followers }（較昨天 { $change }）
tray-best-post = 過去 24 小時的最佳貼文：{ $views } 次瀏覽
tray-best-post-against = 過去 24 小時的最佳貼文：{ $views } 次瀏覽，是一般貼文發布 { $hours } 小時時的 { NUMBER($multiple, maximumFractionDigits: 1) } 倍
tray-quote = 「{ $excerpt }」
tray-no-post = 過去 24 小時內沒有貼文
tray-no-account = 尚未連結帳號：開啟 Spool 即可連結
tray-sync-now = 立即同步
tray-open = 開啟 Spool
tray-quit = 結束 Spool
tray-sync-failed = Spool 無法同步
tray-still-running = Spool 仍在執行中
tray-still-running-body = Spool 會在背景持續同步，有新動態時會通知你。你可以從系統匣（macOS 上為選單列）中的圖示開啟或結束 Spool；若想讓關閉視窗時直接結束，可在「設定」中變更。

## 通知

notify-breakout = { $account } 有一則貼文正在竄紅
notify-breakout-body = 「{ $excerpt }」發布 { $hours } 小時已有 { $views } 次瀏覽，是一般貼文在相同時間點的 { NUMBER($multiple, maximumFractionDigits: 1) } 倍。
notify-milestone = { $account } 的追蹤者已達 { $milestone } 人
notify-milestone-body = 目前有 { $followers } 位追蹤者，上次同步時為 { $before } 位。
notify-login-needed = 請重新登入 { $account }
notify-login-needed-body = Threads 已不再接受 Spool 的登入，在你於「設定」中重新登入之前，將不會進行任何同步。你的歷史資料會保留。
notify-login-ending =
    { $days ->
        [0] { $account } 的登入將於今天到期
        [1] { $account } 的登入將於明天到期
       *[other] { $account } 的登入將於 { $days } 天後到期
    }
notify-login-ending-body = Spool 無法自動延長登入。請在到期前於「設定」中重新登入，以繼續同步。
notify-syncs-failing = { $account } 的同步持續失敗
notify-syncs-failing-body = 最近 { $failed } 次同步皆失敗。最後一次的錯誤訊息：{ $reason }
notify-no-reason = 未提供原因

## 各畫面：在側邊欄與標題中的名稱，以及各自顯示的內容

screen-today = 今天
screen-overview = 總覽
screen-insights = 成功關鍵
screen-posts = 貼文
screen-audience = 受眾
screen-links = 連結
screen-settings = 設定
screen-today-purpose = 你過去三天的貼文與一般貼文的比較、今天的個人檔案瀏覽次數與追蹤者，以及需要你留意的事項。
screen-overview-purpose = 你所選期間內的個人檔案瀏覽次數、讚、回覆、轉發、引用、連結點擊次數與追蹤者。
screen-insights-purpose = 對你有效的做法：表現最好的貼文與你平常水準的比較，以及貼文格式、長度、星期、用字和你的發文節奏。
screen-posts-purpose = 每則貼文的瀏覽次數、讚、回覆、轉發、引用與分享次數，以及各項數據的成長情形。
screen-audience-purpose = 追蹤者達到 100 人後，即可查看他們的所在地、年齡與性別。
screen-links-purpose = 你的貼文與個人檔案中的連結被點擊的次數。
screen-settings-purpose = 帳號、偏好設定，以及 Spool 的相關資訊。

## 設定 → 語言

settings-language = 語言
settings-language-label = Spool 使用的語言
# $language is the system's language in its own name ("日本語", "Deutsch").
settings-language-system = 系統語言（{ $language }）
settings-language-note = 選單、訊息、通知與匯出的圖表會立即套用此設定，數字與日期也會依照此語言在你所在地區的慣用寫法顯示。

## 貼文的時間點（依檢查點命名）

age-hours = { $hours } 小時
age-days = { $days } 天
# $multiple is how many times the typical post's views; $age is an age-hours or age-days text.
on-track = 一般貼文發布 { $age } 時的 { NUMBER($multiple, maximumFractionDigits: 1) } 倍

## 尚無洞察資料可顯示的畫面

waiting-no-account = 尚未連結任何 Threads 帳號。
waiting-connected = 已連結 { $account }。
waiting-connect = 連結帳號
waiting-try-demo = 試用示範帳號
waiting-demo-note = 示範帳號會以模擬資料呈現每個畫面，並標示為「示範」；不需要 Meta 應用程式。

## 同步

sync-now = 立即同步
sync-cancel = 取消
# $done and $total count requests; $rate is requests per second.
sync-progress = { $done } / { $total } · 每秒 { NUMBER($rate, maximumFractionDigits: 0) } 次請求
sync-never = 尚未同步：Spool 還沒有儲存這個帳號的任何洞察資料。
# $when is a date and time.
sync-completed = 上次同步：{ $when }（{ $requests } 次請求）。
sync-cancelled = { $when } 的同步已取消，未儲存任何資料。
sync-failed = 上次同步（{ $when }）：{ $reason }
sync-failed-no-reason = 同步失敗且未提供原因，未儲存任何資料。
# $day is a day and month, $time a time of day.
sync-short-completed = 已於 { $day } { $time } 同步
sync-short-cancelled = 上次同步已取消
sync-short-failed = 上次同步失敗

## 今天

today-views = 今天目前的個人檔案瀏覽次數
today-usual-day = 平常的一天：{ $views } 次
today-no-usual-day = 尚無平常一天的資料
today-followers = 追蹤者
today-followers-up = ▲ 較昨天增加 { $change } 人
today-followers-down = ▼ 較昨天減少 { $change } 人
today-no-reading = 今天之前沒有紀錄
today-recent = 你過去三天的貼文
today-no-recent = 過去三天沒有貼文。
# $ages lists the checkpoints ("1 h, 6 h, 24 h, 3 days, 7 days").
today-typical-note = 你的一般貼文，是你過往貼文在相同時間點（{ $ages }）所讀取數據的中位數。Spool 執行期間，會每小時讀取發布未滿兩天的貼文，其他貼文則在每次同步時讀取。
today-typical-unknown = Spool 需要至少 { $posts } 則在相同時間點讀取過數據的過往貼文，才能得知你的一般貼文；Spool 執行期間會每小時讀取新發布的貼文。
today-login-ending = 你的登入將於 { $when } 到期：請在此之前重新登入，Spool 才能繼續同步。
today-login-needed = Threads 已不再接受這個登入：請重新登入以進行同步。
today-log-in-again = 重新登入
today-sync-failed = 上次同步（{ $when }）失敗：{ $reason }
today-not-synced = 已經 { $hours } 小時沒有同步任何資料。
today-no-text = （無文字）
today-not-read = 尚未讀取
today-post-views = { $views } 次瀏覽
today-not-compared = 尚未比較：貼文須在發布 1 小時後讀取過數據，且已得知你的一般貼文，才會進行比較。
today-newest = 你最新的貼文與一般貼文的比較

## Lists

# Between the items of a list ("1 h, 6 h, 24 h").
list-separator = { "、" }

## 設定 → 同步與桌面

settings-syncing = 同步
# Followed by a choice of settings-sync-every-hours.
settings-sync-every = Spool 執行時，每個帳號的同步頻率
settings-sync-every-hours =
    { $hours ->
        [1] 每小時
       *[other] 每 { $hours } 小時
    }
settings-history-note = Spool 會把每次同步的結果保存為這台電腦上的歷史資料；Threads 本身並不保留追蹤者的歷史紀錄，也不保留貼文的成長數據。
settings-back-up = 備份資料…
settings-backed-up = 歷史資料的副本已寫入 { $path }。
settings-desktop = 桌面
settings-keep-in-tray = 關閉視窗時，讓 Spool 繼續在系統匣中執行並同步
settings-no-tray = 這個桌面不會顯示系統匣圖示（在 GNOME 上，可透過 AppIndicator 擴充功能加入），因此關閉視窗就會結束 Spool：Spool 絕不會在你看不到、也無法停止它的地方執行。
settings-start-at-login = 登入這台電腦時，在系統匣中啟動 Spool
settings-notify-when = 在以下情況通知我：
settings-notify-breakouts = 有貼文竄紅（瀏覽次數達到一般貼文在相同時間點的兩倍）
settings-notify-milestones = 追蹤者人數達到里程碑（1,000、2,500、5,000…）
settings-notify-logins = 登入將在一週內到期，或需要重新登入
settings-notify-failing-syncs = 同步持續失敗（連續三次）

# The sync panel before the first step of a sync is known.
sync-starting = 正在開始…
