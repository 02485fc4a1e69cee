## The Posts screen, chart readouts in the window and exports

## The Posts screen

posts-best-times = पोस्ट करने का सबसे अच्छा समय
posts-in-development-note = Meta ने व्यूज़ और शेयर को "डेवलपमेंट में" के रूप में लेबल किया है।

## The table's filters

posts-filter-label = टेक्स्ट से पोस्ट फ़िल्टर करें
posts-filter-placeholder = टेक्स्ट से फ़िल्टर करें
posts-filter-type = प्रकार
posts-filter-all-types = सभी प्रकार
# $shown posts of $total pass the filters.
posts-count = { $total } में से { $shown } पोस्ट

## A post's media type, in the Type column and filter

posts-type-text = टेक्स्ट
posts-type-image = इमेज
posts-type-video = वीडियो
posts-type-carousel = कैरोसेल
posts-type-audio = ऑडियो
posts-type-repost = रीपोस्ट
posts-type-other = अन्य

## The table's columns

posts-column-post = पोस्ट
posts-column-type = प्रकार
posts-column-date = तारीख़
posts-column-engagement = एंगेजमेंट
posts-metric-views = व्यूज़
posts-metric-likes = लाइक
posts-metric-replies = रिप्लाई
posts-metric-reposts = रीपोस्ट
posts-metric-quotes = कोट
posts-metric-shares = शेयर

## The table's rows

posts-repost-row = किसी और की पोस्ट का रीपोस्ट: इसकी इनसाइट्स उनकी हैं।
posts-not-read = अभी पढ़ा नहीं गया।
# $rate is a percentage, already written ("4.2").
posts-engagement-rate = { $rate }%
# A young post's views as a multiple of the typical post's, already written ("2.4"), in a small badge.
posts-track-multiple = { $multiple }×

## A post's page

posts-back = ← सभी पोस्ट
posts-in-development = डेवलपमेंट में
posts-no-text = (कोई टेक्स्ट नहीं)
# $type is a posts-type-* text; $when a date and time.
posts-published = { $type } · { $when } को पब्लिश हुई
posts-repost-page = किसी और की पोस्ट का रीपोस्ट: इसकी इनसाइट्स उन्हीं की हैं।
posts-open-on-threads = Threads पर खोलें
posts-no-address = Threads इस पोस्ट का कोई पता नहीं देता (कॉपीराइट वाली सामग्री)।

## A chart in the window: its readout line and why it could not be drawn

chart-hint = वैल्यू पढ़ने के लिए चार्ट पर पॉइंटर ले जाएँ, या उस पर फ़ोकस करके ऐरो कुंजियों का इस्तेमाल करें।
# $reason says why the chart could not be drawn (chart-no-canvas, chart-canvas-refused…).
chart-failed = { $reason }। विंडो का आकार बदलें या फिर से सिंक करें।
# Lower case: it follows "the chart could not be drawn: ".
chart-no-canvas = वेब व्यू ने कोई 2D कैनवस नहीं दिया
# $reason is what the web view said, untranslated, or chart-canvas-no-reason.
chart-canvas-refused = कैनवस ने ड्रॉ करने से इनकार कर दिया: { $reason }
chart-canvas-no-reason = कोई कारण नहीं बताया गया

## A chart's Export panel

export-panel = एक्सपोर्ट करें
export-format = फ़ॉर्मैट
export-size = साइज़
export-resolution = रिज़ॉल्यूशन
export-scale-1 = 1× (स्क्रीन)
export-scale-2 = 2× (शार्प स्क्रीन)
export-scale-3 = 3×
export-scale-dpi = डॉट्स प्रति इंच…
# Beside the box where dots per inch are typed.
export-dpi = dpi
export-dpi-range = { $low } से { $high } dpi के बीच का रिज़ॉल्यूशन डालें।
export-save = सेव करें…
export-copy = इमेज कॉपी करें
export-copied = इमेज क्लिपबोर्ड पर कॉपी हो गई है।

## The data export buttons beside a table

# $dataset names the table ("Profile views").
export-data-heading = { $dataset }:
# $format is CSV or JSON.
export-data-button = { $format } एक्सपोर्ट करें

## What an export says once done

export-nothing-saved = कुछ भी सेव नहीं हुआ।
# $path is the file's path; $size an export-size-mb or export-size-kb text.
export-saved = फ़ाइल { $path } सेव हो गई ({ $size })।
# $size is already written ("1.4").
export-size-mb = { $size } MB
# $size is already written ("312").
export-size-kb = { $size } KB
