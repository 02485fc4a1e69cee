## 繪製在圖表中的文字：標題、圖例、座標軸、數值說明

## 繪製在圖表中的文字：標題、圖例、座標軸、附註與數值說明

# 沒有文字的貼文，以格式（format-* 名稱）和日期稱呼。
drawn-post-of = { $day } 的{ $format }貼文
drawn-quoted = 「{ $text }」
drawn-posts = { $count } 則貼文
drawn-no-posts-with-views = 這段期間沒有有瀏覽次數的貼文：請選擇較長的期間，或同步以讀取你的貼文。

drawn-quality-note = 虛線：你的中位數貼文，{ $views } 次瀏覽、每 100 次瀏覽 { $rate }。互動率：每 100 次瀏覽的讚、回覆、轉發與引用數。
drawn-views-log-scale = 瀏覽次數（對數刻度）
drawn-engagement-rate-axis = 互動率（每 100 次瀏覽）
drawn-quality-readout = { $post }：{ $views } 次瀏覽，每 100 次瀏覽 { $rate }，{ $quadrant }
drawn-in-quadrant-breakout = 爆紅
drawn-in-quadrant-conversation = 熱議
drawn-in-quadrant-broadcast = 廣傳
drawn-in-quadrant-quiet = 平淡

drawn-multiple = { $multiple } 倍
drawn-top-note = 已將 { $posts } 則貼文與相同時間點的中位數貼文比較；其中 { $breakouts } 則爆紅。
drawn-top-post = 貼文
drawn-top-breakout = 爆紅（達你平常瀏覽次數的 { $multiple } 倍以上）
drawn-top-normal = 你的平常水準（1 倍）
drawn-top-views-readout = { $post }：你平常瀏覽次數的 { $multiple }（{ $views } 次瀏覽）
drawn-top-views-readout-breakout = { $post }：你平常瀏覽次數的 { $multiple }（{ $views } 次瀏覽），爆紅
drawn-top-rate-readout = { $post }：你平常互動率的 { $multiple }（每 100 次瀏覽 { $rate }）
drawn-top-rate-readout-breakout = { $post }：你平常互動率的 { $multiple }（每 100 次瀏覽 { $rate }），爆紅
drawn-no-engagement-rate = 無互動率
drawn-top-no-rate-readout = { $post }：無互動率（{ $views } 次瀏覽）
drawn-views = 瀏覽次數
drawn-engagement-rate = 互動率
drawn-no-posts-to-compare = 沒有可比較的貼文。
drawn-times-your-normal = 相對於平常水準的倍數

drawn-what-verdict = 在貼文數達 { $minimum } 則以上的群組中：瀏覽次數最佳的是{ $by_views }（{ $views_posts }），互動最佳的是{ $by_rate }（{ $rate_posts }）。
drawn-what-no-best = 還沒有群組達到 { $minimum } 則貼文，因此不列出最佳群組。
drawn-median-post = 中位數貼文
drawn-middle-half = 中間一半的貼文
drawn-best = 最佳
drawn-too-few-posts = 貼文太少（{ $posts } 則）
drawn-too-few-readout = { $group }：貼文太少（{ $posts } 則），無法計算中位數；需要 { $minimum } 則
drawn-group-posts = { $group } · { $posts }
drawn-what-views-readout = { $group }：中位數 { $median } 次瀏覽（中間一半 { $lower }–{ $upper }），共 { $posts }
drawn-what-rate-readout = { $group }：互動率中位數為每 100 次瀏覽 { $median }（中間一半 { $lower }–{ $upper }），共 { $posts }
drawn-value-best = { $value } · 最佳
drawn-best-by-views = { $readout }；瀏覽次數最佳
drawn-best-by-engagement = { $readout }；互動最佳
drawn-median-views = 瀏覽次數中位數
drawn-median-engagement-long = 每 100 次瀏覽的互動中位數
drawn-median-engagement-medium = 每 100 次瀏覽的互動
drawn-median-engagement-short = 互動

drawn-words-empty = 這段期間還沒有字詞出現在 { $minimum } 則以上的貼文中：請選擇較長的期間。
drawn-words-note = 出現在 { $minimum } 則以上貼文中的字詞與主題標籤，依這些貼文的瀏覽次數中位數排列。
drawn-words-above = 高於所有貼文的中位數
drawn-words-below = 等於或低於中位數
drawn-words-all-posts = 所有貼文（{ $views }）
drawn-words-value = { $views } · { $posts }
drawn-words-readout = 「{ $word }」：中位數 { $views } 次瀏覽，共 { $posts }（互動率為每 100 次瀏覽 { $rate }）；所有貼文的中位數為 { $all } 次瀏覽

drawn-starters-empty = 這段期間還沒有貼文獲得回覆或引用：請選擇較長的期間，或進行同步。
drawn-starters-note = 相對於瀏覽次數，獲得最多回覆與引用的貼文。
drawn-starters-readout = { $post }：每 1,000 次瀏覽有 { $per_thousand } 則回覆與引用（{ $replies } 則回覆、{ $quotes } 則引用、{ $views } 次瀏覽）
drawn-starters-axis = 每 1,000 次瀏覽的回覆與引用

drawn-calendar-empty = 這段期間沒有任何日期：請選擇期間以查看你的發文日。
drawn-calendar-summary = { $weeks } 週中有 { $posted } 週發文 · 目前連續 { $current } 天 · 最長連續 { $longest } 天
drawn-calendar-readout =
    { $day }：{ $posts ->
        [0] 沒有貼文
       *[other] { $posts } 則貼文
    }
drawn-calendar-none = 無
drawn-calendar-four-or-more = 每天 4 則以上

drawn-frequency-empty = 這段期間沒有任何一週有獲得瀏覽的貼文：請選擇較長的期間，或進行同步。
drawn-frequency-note = 一週發文越多，每則貼文的觸及會被稀釋嗎？
drawn-frequency-week = 一週
drawn-frequency-median = 發文數相同之各週的中位數
drawn-frequency-x = 當週貼文數
drawn-frequency-y = 每則貼文的瀏覽次數中位數
drawn-frequency-week-readout = { $week } 起的一週：{ $posts }，每則貼文瀏覽次數中位數 { $views }
drawn-frequency-median-readout = 有 { $posts }的週：共 { $weeks } 週，每則貼文瀏覽次數中位數 { $views }

drawn-engagement-empty = 這段期間沒有發布任何貼文：請選擇較長的期間，或發文後再同步。
drawn-engagement-note = 依每則貼文的發布日期計算。互動率：截至每天為止 7 天內貼文的每 100 次瀏覽的讚、回覆、轉發與引用數。
drawn-shares-in-development = 分享（開發中）
drawn-engagement-rate-7-days = 互動率（7 天）
drawn-interactions = 互動次數
drawn-per-100-views = 每 100 次瀏覽
drawn-week-of = { $day } 起的一週
drawn-engagement-readout = { $period }：{ $likes } 個讚、{ $replies } 則回覆、{ $reposts } 次轉發、{ $quotes } 則引用、{ $shares } 次分享（開發中），來自 { $posts }，共 { $views } 次瀏覽；{ $rate }
drawn-engagement-rate-of = 互動率為每 100 次瀏覽 { $rate }
drawn-engagement-rate-of-smoothed = 互動率為每 100 次瀏覽 { $rate }（7 天：{ $smoothed }）
drawn-engagement-no-views = 沒有瀏覽次數，無法計算互動率
drawn-engagement-no-views-smoothed = 沒有瀏覽次數，無法計算互動率（7 天：{ $smoothed }）

drawn-segment-other = 其他
drawn-segment-women = 女性
drawn-segment-men = 男性
drawn-segment-unspecified = 未指定
drawn-no-followers = 這次讀取沒有追蹤者。
drawn-no-link-clicks = 這次讀取沒有連結點擊。
drawn-followers-readout = { $name }：{ $count } 位追蹤者（{ $share }）
drawn-clicks-readout = { $name }：{ $count } 次點擊（{ $share }）

drawn-best-times-title = 依發文時段的瀏覽次數中位數
drawn-best-times-withheld = { $posts } 則
drawn-weekday-hour = { $weekday } { $hour }
drawn-best-times-readout = { $when }：中位數 { $views } 次瀏覽，共 { $posts }
drawn-best-times-too-few = { $when }：{ $posts }，太少而無法計算中位數
drawn-best-times-note = 灰色格子：貼文少於 { $minimum } 則，太少而無法計算中位數（數字表示貼文數）。

drawn-observation-began = 自 { $day } 開始觀察
drawn-no-follower-readings = 還沒有追蹤者讀數：第一次同步後就會開始記錄。
drawn-followers-reading = { $when }：{ $count } 位追蹤者
drawn-this-post = 這則貼文（瀏覽次數，Meta 開發中）
drawn-no-post-readings = 這則貼文還沒有讀數：下次同步後就會開始記錄。
drawn-published = 發布於 { $when }
drawn-views-reading = { $when }：{ $count } 次瀏覽
drawn-all-links = 所有連結的點擊次數，自第一個讀取日起
drawn-no-click-readings = 還沒有連結點擊讀數：第一次同步後就會開始記錄。
drawn-clicks-reading = { $when }：{ $count } 次點擊
drawn-typical-post = 你的一般貼文（中間一半）
drawn-typical-readout = 發布 { $age } 時：一般為 { $median } 次瀏覽（中間一半 { $lower }–{ $upper }）

drawn-no-profile-views = 這些日期沒有回報個人檔案瀏覽次數。
drawn-7-day-average = 7 天平均
drawn-profile-views-readout = { $day }：{ $views } 次個人檔案瀏覽
drawn-not-reported = { $day }：Threads 未回報

## Spool 測量與顯示之項目的名稱

metric-profile-views = 個人檔案瀏覽次數
metric-likes = 讚
metric-replies = 回覆
metric-reposts = 轉發
metric-quotes = 引用
metric-link-clicks = 連結點擊次數
metric-followers = 追蹤者
metric-audience = 受眾

breakdown-country = 國家/地區
breakdown-city = 城市
breakdown-age = 年齡
breakdown-gender = 性別

sync-phase-profile = 正在讀取個人檔案
sync-phase-posts = 正在列出貼文
sync-phase-post-insights = 正在讀取貼文洞察報告
sync-phase-profile-views = 正在讀取個人檔案瀏覽次數
sync-phase-engagement = 正在讀取讚、回覆、轉發與引用
sync-phase-link-clicks = 正在讀取連結點擊次數
sync-phase-audience = 正在讀取追蹤者與受眾
sync-phase-saving = 正在儲存

dataset-posts = 含各項數據的貼文
dataset-profile-views = 每日個人檔案瀏覽次數
dataset-followers = 追蹤者變化
dataset-audience = 受眾（國家/地區、城市、年齡、性別）
dataset-link-clicks = 連結點擊次數
dataset-post-insights = 與平常水準比較的貼文
dataset-what-to-post = 該發什麼（依格式、長度、星期）
dataset-words = 字詞與主題
dataset-engagement = 每日互動

data-format-csv = CSV（試算表）
data-format-json = JSON
image-format-png = PNG 圖片
image-format-svg = SVG（向量）

layout-as-shown = 與畫面相同
layout-slide = 16:9 投影片
layout-square = 正方形社群卡片
layout-a4 = A4 橫向

kind-profile-views = 每日個人檔案瀏覽次數
kind-followers = 追蹤者變化
kind-best-times = 最佳發文時間
kind-post-growth = 發布後的瀏覽次數
kind-audience-country = 依國家/地區區分的追蹤者
kind-audience-city = 依城市區分的追蹤者
kind-audience-age = 依年齡區分的追蹤者
kind-audience-gender = 依性別區分的追蹤者
kind-link-clicks = 各連結的點擊次數
kind-clicks-over-time = 連結點擊次數變化
kind-top-posts = 與平常水準比較的熱門貼文
kind-quality-map = 貼文品質地圖
kind-engagement-day = 每日互動
kind-engagement-week = 每週互動
kind-engagement-month = 每月互動
kind-what-to-post-format = 該發什麼：依格式
kind-what-to-post-length = 該發什麼：依長度
kind-what-to-post-weekday = 該發什麼：依星期
kind-posting-calendar = 發文行事曆
kind-posting-frequency = 每週貼文數與觸及
kind-words = 傳得最遠的字詞與主題
kind-conversation-starters = 引發對話的貼文

preset-last-7-days = 7 天
preset-last-30-days = 30 天
preset-last-90-days = 90 天
preset-this-month = 本月
preset-last-month = 上個月
preset-year-to-date = 今年至今
preset-everything = 全部

format-text = 文字
format-image = 圖片
format-video = 影片
format-carousel = 輪播
format-audio = 音訊
format-other = 其他

length-no-text = 沒有文字
length-short = 80 字以內
length-medium = 81–200 字
length-long = 201–350 字
length-very-long = 超過 350 字

group-with-link = 附連結
group-without-link = 未附連結
group-by-format = 格式
group-by-length = 長度
group-by-weekday = 星期
weekday-monday = 星期一
weekday-tuesday = 星期二
weekday-wednesday = 星期三
weekday-thursday = 星期四
weekday-friday = 星期五
weekday-saturday = 星期六
weekday-sunday = 星期日
weekday-unknown = ?

quadrant-breakout = 爆紅
quadrant-conversation = 熱議
quadrant-broadcast = 廣傳
quadrant-quiet = 平淡

# A share of followers or clicks, written as the language writes a percentage.
drawn-share = { NUMBER($share, style: "percent", maximumFractionDigits: 0) }
