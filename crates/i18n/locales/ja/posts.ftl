## The Posts screen, chart readouts in the window and exports

## The Posts screen

posts-best-times = 投稿に最適な時間帯
posts-in-development-note = 閲覧数とシェアは、Meta によって「開発中」と表示されています。

## The table's filters

posts-filter-label = 投稿をテキストで絞り込む
posts-filter-placeholder = テキストで絞り込み
posts-filter-type = 種類
posts-filter-all-types = すべての種類
# $shown posts of $total pass the filters.
posts-count = { $total } 件中 { $shown } 件の投稿

## A post's media type, in the Type column and filter

posts-type-text = テキスト
posts-type-image = 画像
posts-type-video = 動画
posts-type-carousel = カルーセル
posts-type-audio = 音声
posts-type-repost = 再投稿
posts-type-other = その他

## The table's columns

posts-column-post = 投稿
posts-column-type = 種類
posts-column-date = 日付
posts-column-engagement = エンゲージメント
posts-metric-views = 閲覧数
posts-metric-likes = いいね
posts-metric-replies = 返信
posts-metric-reposts = 再投稿
posts-metric-quotes = 引用
posts-metric-shares = シェア

## The table's rows

posts-repost-row = 他の人の投稿の再投稿です。インサイトは元の投稿者のものです。
posts-not-read = まだ読み取っていません。
# $rate is a percentage, already written ("4.2").
posts-engagement-rate = { $rate }%
# A young post's views as a multiple of the typical post's, already written ("2.4"), in a small badge.
posts-track-multiple = { $multiple } 倍

## A post's page

posts-back = ← すべての投稿
posts-in-development = 開発中
posts-no-text = （テキストなし）
# $type is a posts-type-* text; $when a date and time.
posts-published = { $type } · { $when } に公開
posts-repost-page = 他の人の投稿の再投稿です。インサイトは元の投稿者に帰属します。
posts-open-on-threads = Threads で開く
posts-no-address = Threads はこの投稿のアドレスを提供していません（著作権で保護されたコンテンツ）。

## A chart in the window: its readout line and why it could not be drawn

chart-hint = グラフにポインターを合わせるか、グラフにフォーカスして矢印キーを使うと、値を確認できます。
# $reason says why the chart could not be drawn (chart-no-canvas, chart-canvas-refused…).
chart-failed = { $reason }。ウィンドウのサイズを変更するか、もう一度同期してください。
# Lower case: it follows "the chart could not be drawn: ".
chart-no-canvas = Web ビューが 2D キャンバスを提供しませんでした
# $reason is what the web view said, untranslated, or chart-canvas-no-reason.
chart-canvas-refused = キャンバスが描画を拒否しました：{ $reason }
chart-canvas-no-reason = 理由は示されていません

## A chart's Export panel

export-panel = 書き出し
export-format = 形式
export-size = サイズ
export-resolution = 解像度
export-scale-1 = 1×（画面）
export-scale-2 = 2×（高精細な画面）
export-scale-3 = 3×
export-scale-dpi = dpi で指定…
# Beside the box where dots per inch are typed.
export-dpi = dpi
export-dpi-range = { $low }〜{ $high } dpi の解像度を入力してください。
export-save = 保存…
export-copy = 画像をコピー
export-copied = 画像をクリップボードにコピーしました。

## The data export buttons beside a table

# $dataset names the table ("Profile views").
export-data-heading = { $dataset }：
# $format is CSV or JSON.
export-data-button = { $format } で書き出し

## What an export says once done

export-nothing-saved = 保存されませんでした。
# $path is the file's path; $size an export-size-mb or export-size-kb text.
export-saved = { $path } に保存しました（{ $size }）。
# $size is already written ("1.4").
export-size-mb = { $size } MB
# $size is already written ("312").
export-size-kb = { $size } KB
