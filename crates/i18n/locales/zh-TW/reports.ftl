## 報告：「報告」畫面、報告的各頁，以及媒體資料包

screen-reports = 報告
screen-reports-purpose = 把你在 Threads 上的一個月整理成一個檔案，交給品牌、代理商或你的主管：可以是包含你所選章節的 PDF 報告，也可以是用於提案的單頁媒體資料包。

# 檔案的性質，顯示在封面與檔案屬性中。
report-title = Threads 報告
media-kit-title = 媒體資料包
report-kind-report = 報告
report-kind-media-kit = 媒體資料包
report-look-light = 淺色
report-look-print = 適合列印
report-section-profile-views = 個人檔案瀏覽次數
report-section-followers = 追蹤者
report-section-engagement = 互動
report-section-top-posts = 熱門貼文
report-section-what-worked = 成功關鍵
report-section-audience = 受眾
report-section-links = 連結
report-every-week = 每週一：前一週
report-every-month = 每月 1 日：前一個月

## 報告的各頁

# $account is a handle (@name); $range is a range-span text.
report-running-head = { $account } · { $range }
# $version is Spool's version; $page and $pages are numbers.
report-footer = 由 Spool { $version } 根據這台電腦上保存的歷史資料製作 · 第 { $page } 頁，共 { $pages } 頁
# $compared is a range-span text.
report-cover-compared = 每項數字皆與 { $compared } 比較，也就是緊接在前、長度相同的期間。
report-cover-no-compared = Spool 沒有儲存可供比較的先前期間資料。
report-cover-note = 追蹤者人數以最近一次同步時為準：Threads 只提供目前的人數。瀏覽次數與分享次數被 Meta 標示為「開發中」。
# $percent is the size of the change, already written ("12"); $previous the number before.
report-change-up = ▲ { $percent }%，先前為 { $previous }
report-change-down = ▼ { $percent }%，先前為 { $previous }
report-change-level = 與先前相同
report-card-posts = 已發布的貼文
report-card-total = 這段期間合計
report-card-daily-average = 每日平均
report-card-best-day = 最佳的一天
report-card-interactions = 這些貼文的互動次數
report-card-engagement-rate = 互動率
report-card-followers-now = 目前追蹤者
report-card-typical-views = 每則貼文的一般瀏覽次數
report-profile-views-intro = 每天的個人檔案瀏覽次數，以及最近七天的平均。Threads 未回報的日期會留下空缺。
report-followers-intro = Spool 每次同步時的追蹤者人數。Threads 只提供目前的人數，因此這條線從 Spool 開始記錄時才開始。
report-engagement-intro = 這段期間發布的貼文所獲得的讚、回覆、轉發與引用，依每則貼文的發布日期排列，以及互動率：每 100 次瀏覽的互動次數。
# $posts is a number of posts.
report-top-posts-intro = 這段期間發布的 { $posts } 則貼文與你相同時間點貼文的平常水準比較，並列出其中表現最好的貼文，附上數據與內文。
report-what-worked-intro = 這段期間的貼文透露出哪些做法對你有效：每項發現都以足夠的貼文為依據，具有參考意義。
report-audience-intro = 根據最近一次讀取，追蹤你的是哪些人。追蹤者達到 100 人後，Threads 才會顯示這些資料。
report-links-intro = 你的個人檔案與貼文中連結的點擊次數，包括最近一次讀取與每次同步時的數據。
report-nothing = Spool 尚未儲存這部分的資料。請先同步帳號，再重新製作報告。
# $views, $interactions are numbers; $rate is a percentage, already written.
report-post-numbers = { $views } 次瀏覽 · { $interactions } 次互動 · 互動率 { $rate }
# $rank is a number; $day is a date.
report-post-when = { $rank } · { $day }
report-post-no-text = （沒有文字的貼文）

## 成功關鍵：發現

# $breakouts and $posts are numbers of posts.
report-finding-breakouts = { $posts } 則貼文中有 { $breakouts } 則爆紅：瀏覽次數達到你在相同時間點平常水準的三倍以上。
# $group is a format ("Text", "Image"…), $views and $posts numbers.
report-finding-format = { $group }格式的表現最好：{ $posts } 則貼文的瀏覽次數中位數為 { $views }。
# $group is a length of text ("Short (under 100 characters)"…).
report-finding-length = 依長度來看，{ $group }的貼文表現最好：{ $posts } 則貼文的瀏覽次數中位數為 { $views }。
# $group is a weekday.
report-finding-weekday = 在{ $group }發布的貼文表現最好：{ $posts } 則貼文的瀏覽次數中位數為 { $views }。
# $word is a word or a hashtag; $views and $median are numbers of views.
report-finding-word = 含有「{ $word }」的貼文，瀏覽次數中位數為 { $views }，所有貼文則為 { $median }。
# $minimum is a number of posts.
report-finding-none = 這段期間的貼文太少，無法判斷哪些做法有效：每個群組需要有 { $minimum } 則貼文，才能得出發現。

## 媒體資料包

# $day is a date; $range is a range-span text.
media-kit-as-of = 數據截至 { $day } · { $range } 的貼文
media-kit-best-posts = 最佳貼文
media-kit-audience = 追蹤者組成

## 「報告」畫面

reports-kind = 製作
reports-sections = 章節
reports-look = 外觀
reports-preview = 預覽
# $pages is a number of pages.
reports-pages = { $pages } 頁
reports-save-pdf = 儲存 PDF…
reports-save-png = 儲存 PNG…
reports-no-sections = 請為報告至少選擇一個章節。
reports-making = 正在繪製頁面…
reports-schedule = 排程
reports-schedule-note = Spool 執行期間（包括在系統匣中執行時），會將目前顯示帳號的報告寫入你選擇的資料夾，並在寫入完成時通知你。
reports-schedule-off = 關閉
reports-schedule-folder = 資料夾
reports-schedule-choose = 選擇資料夾…
reports-schedule-saved = 排程報告設定已儲存。
# $page and $pages are numbers: the page a preview's image shows.
reports-page = 第 { $page } 頁，共 { $pages } 頁
reports-schedule-needs-folder = 請選擇存放報告的資料夾：選好資料夾後，排程才會開始。
# $path is where the file was written.
notify-report-written-title = 你的報告已完成
notify-report-written-body = Spool 已寫入 { $path }。
dialog-filter-pdf = PDF 文件
