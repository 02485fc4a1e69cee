## The Posts screen, chart readouts in the window and exports

## The Posts screen

posts-best-times = Best time to post
posts-in-development-note = Views and shares are labelled "in development" by Meta.

## The table's filters

posts-filter-label = Filter posts by text
posts-filter-placeholder = Filter by text
posts-filter-type = Type
posts-filter-all-types = All types
# $shown posts of $total pass the filters.
posts-count =
    { $total ->
        [one] { $shown } of { $total } post
       *[other] { $shown } of { $total } posts
    }

## A post's media type, in the Type column and filter

posts-type-text = Text
posts-type-image = Image
posts-type-video = Video
posts-type-carousel = Carousel
posts-type-audio = Audio
posts-type-repost = Repost
posts-type-other = Other

## The table's columns

posts-column-post = Post
posts-column-type = Type
posts-column-date = Date
posts-column-engagement = Engagement
posts-metric-views = Views
posts-metric-likes = Likes
posts-metric-replies = Replies
posts-metric-reposts = Reposts
posts-metric-quotes = Quotes
posts-metric-shares = Shares

## The table's rows

posts-repost-row = A repost of someone else's post: its insights are theirs.
posts-not-read = Not read yet.
# $rate is a percentage, already written ("4.2").
posts-engagement-rate = { $rate } %
# A young post's views as a multiple of the typical post's, already written ("2.4"), in a small badge.
posts-track-multiple = { $multiple }×

## A post's page

posts-back = ← All posts
posts-in-development = in development
posts-no-text = (no text)
# $type is a posts-type-* text; $when a date and time.
posts-published = { $type } · published { $when }
posts-repost-page = A repost of someone else's post: its insights belong to them.
posts-open-on-threads = Open on Threads
posts-no-address = Threads gives no address for this post (copyrighted material).

## A chart in the window: its readout line and why it could not be drawn

chart-hint = Point at the chart, or focus it and use the arrow keys, to read its values.
# $reason says why the chart could not be drawn (chart-no-canvas, chart-canvas-refused…).
chart-failed = { $reason }. Resize the window or sync again.
# Lower case: it follows "the chart could not be drawn: ".
chart-no-canvas = the web view gave no 2D canvas
# $reason is what the web view said, untranslated, or chart-canvas-no-reason.
chart-canvas-refused = the canvas refused to draw: { $reason }
chart-canvas-no-reason = no reason given

## A chart's Export panel

export-panel = Export
export-format = Format
export-size = Size
export-resolution = Resolution
export-scale-1 = 1× (screen)
export-scale-2 = 2× (sharp screens)
export-scale-3 = 3×
export-scale-dpi = Dots per inch…
# Beside the box where dots per inch are typed.
export-dpi = dpi
export-dpi-range = Enter a resolution from { $low } to { $high } dpi.
export-save = Save…
export-copy = Copy image
export-copied = The image is on the clipboard.

## The data export buttons beside a table

# $dataset names the table ("Profile views").
export-data-heading = { $dataset }:
# $format is CSV or JSON.
export-data-button = Export { $format }

## What an export says once done

export-nothing-saved = Nothing was saved.
# $path is the file's path; $size an export-size-mb or export-size-kb text.
export-saved = Saved { $path } ({ $size }).
# $size is already written ("1.4").
export-size-mb = { $size } MB
# $size is already written ("312").
export-size-kb = { $size } KB
