## Overview, What works, Audience, Links and the range picker

## 總覽

# $range is a range-span text, and so is $compared.
overview-range-compared = { $range } · 比較期間：{ $compared }
# $percent is the size of the change, already written ("12").
overview-change-up = ▲ { $percent }%
overview-change-down = ▼ { $percent }%
# A badge after a metric that is not summed over the range (followers).
overview-now = 目前
overview-no-earlier-period = 沒有儲存先前期間的資料

## 成功關鍵

# $range is a range-span text.
insights-summary = { $range } · 這段期間發布且有瀏覽次數的貼文共 { $posts } 則，以下每項數據都以這些貼文為依據。
insights-note = 互動率以每次貼文瀏覽計算：也就是這些貼文的讚、回覆、轉發與引用次數除以瀏覽次數。貼文數達 { $minimum } 則以上的群組才會列入排名。瀏覽次數與分享次數被 Meta 標示為「開發中」。
insights-top-posts = 熱門貼文與你平常水準的比較
insights-engagement = 互動趨勢
# Followed by buttons: day, week, month.
insights-bars-per = 長條單位
insights-what-to-post = 該發什麼
# Followed by buttons: Format, Length, Weekday…
insights-group-by = 分組依據
insights-rhythm = 發文節奏
insights-words = 能引起迴響的字詞與主題
insights-conversation = 引發對話的貼文

## 受眾

audience-gate-title = 追蹤者達到 { $minimum } 人後，Threads 才會顯示你的追蹤者是哪些人。
audience-gate-body = 這個帳號目前有 { $followers } 位追蹤者。追蹤者達到 { $minimum } 人後的第一次同步，Spool 就會讀取國家/地區、城市、年齡與性別資料。
audience-none = 尚無受眾資料。
audience-none-note = Spool 每次同步時，都會依國家/地區、城市、年齡與性別讀取追蹤者資料。
# $segment is a country, city, age or gender; $change is signed ("+3", "−2").
audience-segment-change = { $segment } { $change }
# $day is a date.
audience-read-unchanged = 讀取於 { $day }；與上次讀取相比沒有變化（或先前沒有紀錄）。
# $changes lists audience-segment-change texts.
audience-read-changes = 讀取於 { $day }。與上次讀取相比：{ $changes }

## 連結

# $since and $until are dates.
links-window = { $since } 至 { $until } 的點擊次數，以 Threads 在最近一次同步時的統計為準。
links-none = 尚未讀取任何連結點擊次數。
# After a link and a dash.
links-clicks = { $clicks } 次點擊
# $change is signed ("+3", "−2").
links-clicks-change = { $clicks } 次點擊（較上次讀取 { $change }）

## 載入中的畫面

loaded-loading = 載入中…

## 期間選擇器

# The label of the group of preset buttons (7 days, 30 days…).
range-presets = 期間
range-enter-both-days = 請以 YYYY-MM-DD 格式輸入兩個日期，或直接選取。
# Followed by a choice of range-compare-previous or range-compare-year.
range-compare-with = 比較對象
range-compare-previous = 前一段期間
range-compare-year = 去年同期
range-from = 開始日期
range-to = 結束日期
range-show = 顯示
# $day is the first day Threads has insights of.
range-note = 無法選取 { $day } 之前的日期：Threads 不保留該日之前的洞察資料。追蹤者人數一律是目前的數字：Threads 只提供當下的人數。
# A range of days: $since and $until are dates.
range-span = { $since } – { $until }

# The unit a bar of the engagement chart stands for, on the buttons that choose it.
insights-granularity-day = 日
insights-granularity-week = 週
insights-granularity-month = 月
