## The Posts screen, chart readouts in the window and exports

## The Posts screen

posts-best-times = 最佳發文時段
posts-in-development-note = 瀏覽次數與分享次數被 Meta 標示為「開發中」。

## The table's filters

posts-filter-label = 依文字篩選貼文
posts-filter-placeholder = 依文字篩選
posts-filter-type = 類型
posts-filter-all-types = 所有類型
# $shown posts of $total pass the filters.
posts-count = 共 { $total } 則貼文，顯示 { $shown } 則

## A post's media type, in the Type column and filter

posts-type-text = 文字
posts-type-image = 圖片
posts-type-video = 影片
posts-type-carousel = 輪播
posts-type-audio = 音訊
posts-type-repost = 轉發
posts-type-other = 其他

## The table's columns

posts-column-post = 貼文
posts-column-type = 類型
posts-column-date = 日期
posts-column-engagement = 互動率
posts-metric-views = 瀏覽次數
posts-metric-likes = 讚
posts-metric-replies = 回覆
posts-metric-reposts = 轉發
posts-metric-quotes = 引用
posts-metric-shares = 分享

## The table's rows

posts-repost-row = 轉發他人的貼文：洞察資料屬於原作者。
posts-not-read = 尚未讀取。
# $rate is a percentage, already written ("4.2").
posts-engagement-rate = { $rate }%
# A young post's views as a multiple of the typical post's, already written ("2.4"), in a small badge.
posts-track-multiple = { $multiple } 倍

## A post's page

posts-back = ← 所有貼文
posts-in-development = 開發中
posts-no-text = （無文字）
# $type is a posts-type-* text; $when a date and time.
posts-published = { $type } · 發布於 { $when }
posts-repost-page = 這是轉發他人的貼文：其洞察資料歸原作者所有。
posts-open-on-threads = 在 Threads 上開啟
posts-no-address = Threads 未提供這則貼文的網址（受著作權保護的內容）。

## A chart in the window: its readout line and why it could not be drawn

chart-hint = 將游標指向圖表，或聚焦圖表後使用方向鍵，即可查看數值。
# $reason says why the chart could not be drawn (chart-no-canvas, chart-canvas-refused…).
chart-failed = { $reason }。請調整視窗大小或重新同步。
# Lower case: it follows "the chart could not be drawn: ".
chart-no-canvas = 網頁檢視未提供 2D 畫布
# $reason is what the web view said, untranslated, or chart-canvas-no-reason.
chart-canvas-refused = 畫布拒絕繪製：{ $reason }
chart-canvas-no-reason = 未提供原因

## A chart's Export panel

export-panel = 匯出
export-format = 格式
export-size = 尺寸
export-resolution = 解析度
export-scale-1 = 1×（螢幕）
export-scale-2 = 2×（高解析度螢幕）
export-scale-3 = 3×
export-scale-dpi = 每英寸點數…
# Beside the box where dots per inch are typed.
export-dpi = dpi
export-dpi-range = 請輸入 { $low } 到 { $high } dpi 之間的解析度。
export-save = 儲存…
export-copy = 複製圖片
export-copied = 圖片已複製到剪貼簿。

## The data export buttons beside a table

# $dataset names the table ("Profile views").
export-data-heading = { $dataset }：
# $format is CSV or JSON.
export-data-button = 匯出 { $format }

## What an export says once done

export-nothing-saved = 未儲存任何內容。
# $path is the file's path; $size an export-size-mb or export-size-kb text.
export-saved = 已儲存至 { $path }（{ $size }）。
# $size is already written ("1.4").
export-size-mb = { $size } MB
# $size is already written ("312").
export-size-kb = { $size } KB
