## चार्ट में लिखे जाने वाले टेक्स्ट: शीर्षक, लेजेंड, अक्ष, रीडआउट

## चार्ट में लिखे जाने वाले शब्द: शीर्षक, लेजेंड, अक्ष, नोट और रीडआउट

# बिना टेक्स्ट वाली पोस्ट, उसके फ़ॉर्मैट (format-* नाम) और दिन से पहचानी गई।
drawn-post-of = { $day } की { $format } पोस्ट
drawn-quoted = “{ $text }”
drawn-posts = { $count } पोस्ट
drawn-no-posts-with-views = इस अवधि में व्यूज़ वाली कोई पोस्ट नहीं है: लंबी अवधि चुनें, या अपनी पोस्ट पढ़ने के लिए सिंक करें।

drawn-quality-note = डैश वाली रेखाएँ: आपकी मीडियन पोस्ट, { $views } व्यूज़ और हर 100 व्यूज़ पर { $rate }। एंगेजमेंट रेट: हर 100 व्यूज़ पर लाइक, रिप्लाई, रीपोस्ट और कोट।
drawn-views-log-scale = व्यूज़ (लॉग स्केल)
drawn-engagement-rate-axis = एंगेजमेंट रेट (हर 100 व्यूज़ पर)
drawn-quality-readout =
    { $post }: { $views ->
        [one] { $views } व्यू
       *[other] { $views } व्यूज़
    }, हर 100 व्यूज़ पर { $rate }, { $quadrant }
drawn-in-quadrant-breakout = ब्रेकआउट
drawn-in-quadrant-conversation = बातचीत
drawn-in-quadrant-broadcast = प्रसार
drawn-in-quadrant-quiet = शांत

drawn-multiple = { $multiple }×
drawn-top-note =
    { $posts } पोस्ट की तुलना उसी उम्र की आपकी मीडियन पोस्ट से की गई; इनमें से { $breakouts } ब्रेकआउट { $breakouts ->
        [one] है
       *[other] हैं
    }।
drawn-top-post = पोस्ट
drawn-top-breakout = ब्रेकआउट (आपके सामान्य व्यूज़ का { $multiple }× या ज़्यादा)
drawn-top-normal = आपका सामान्य (1×)
drawn-top-views-readout =
    { $post }: आपके सामान्य व्यूज़ का { $multiple } ({ $views ->
        [one] { $views } व्यू
       *[other] { $views } व्यूज़
    })
drawn-top-views-readout-breakout =
    { $post }: आपके सामान्य व्यूज़ का { $multiple } ({ $views ->
        [one] { $views } व्यू
       *[other] { $views } व्यूज़
    }), ब्रेकआउट
drawn-top-rate-readout = { $post }: आपके सामान्य एंगेजमेंट रेट का { $multiple } (हर 100 व्यूज़ पर { $rate })
drawn-top-rate-readout-breakout = { $post }: आपके सामान्य एंगेजमेंट रेट का { $multiple } (हर 100 व्यूज़ पर { $rate }), ब्रेकआउट
drawn-no-engagement-rate = कोई एंगेजमेंट रेट नहीं
drawn-top-no-rate-readout =
    { $post }: कोई एंगेजमेंट रेट नहीं ({ $views ->
        [one] { $views } व्यू
       *[other] { $views } व्यूज़
    })
drawn-views = व्यूज़
drawn-engagement-rate = एंगेजमेंट रेट
drawn-no-posts-to-compare = तुलना के लिए कोई पोस्ट नहीं।
drawn-times-your-normal = × आपका सामान्य

drawn-what-verdict = { $minimum } या ज़्यादा पोस्ट वाले समूहों में सबसे अच्छे: व्यूज़ में { $by_views } ({ $views_posts }), एंगेजमेंट में { $by_rate } ({ $rate_posts })।
drawn-what-no-best = अभी किसी समूह में { $minimum } पोस्ट नहीं हैं, इसलिए किसी को सबसे अच्छा नहीं कहा गया।
drawn-median-post = मीडियन पोस्ट
drawn-middle-half = बीच की आधी पोस्ट
drawn-best = सबसे अच्छा
drawn-too-few-posts = बहुत कम पोस्ट ({ $posts })
drawn-too-few-readout = { $group }: मीडियन के लिए बहुत कम पोस्ट ({ $posts }); { $minimum } चाहिए
drawn-group-posts = { $group } · { $posts }
drawn-what-views-readout = { $group }: { $posts } पर मीडियन { $median } व्यूज़ (बीच का आधा { $lower }–{ $upper })
drawn-what-rate-readout = { $group }: { $posts } पर मीडियन एंगेजमेंट रेट हर 100 व्यूज़ पर { $median } (बीच का आधा { $lower }–{ $upper })
drawn-value-best = { $value } · सबसे अच्छा
drawn-best-by-views = { $readout }; व्यूज़ में सबसे अच्छा
drawn-best-by-engagement = { $readout }; एंगेजमेंट में सबसे अच्छा
drawn-median-views = मीडियन व्यूज़
drawn-median-engagement-long = हर 100 व्यूज़ पर मीडियन एंगेजमेंट
drawn-median-engagement-medium = हर 100 व्यूज़ पर एंगेजमेंट
drawn-median-engagement-short = एंगेजमेंट

drawn-words-empty = इस अवधि में अभी कोई शब्द { $minimum } या ज़्यादा पोस्ट में नहीं है: लंबी अवधि चुनें।
drawn-words-note = { $minimum } या ज़्यादा पोस्ट में इस्तेमाल हुए शब्द और हैशटैग, उन पोस्ट के मीडियन व्यूज़ के हिसाब से।
drawn-words-above = सभी पोस्ट के मीडियन से ऊपर
drawn-words-below = उसके बराबर या नीचे
drawn-words-all-posts = सभी पोस्ट ({ $views })
drawn-words-value = { $views } · { $posts }
drawn-words-readout = “{ $word }”: { $posts } पर मीडियन { $views } व्यूज़ (एंगेजमेंट रेट हर 100 व्यूज़ पर { $rate }); सभी पोस्ट का मीडियन { $all } व्यूज़

drawn-starters-empty = इस अवधि की किसी पोस्ट पर अभी रिप्लाई या कोट नहीं हैं: लंबी अवधि चुनें, या सिंक करें।
drawn-starters-note = वे पोस्ट जिन्हें मिले व्यूज़ के मुक़ाबले सबसे ज़्यादा रिप्लाई और कोट मिले।
drawn-starters-readout =
    { $post }: हर 1,000 व्यूज़ पर { $per_thousand } रिप्लाई और कोट ({ $replies } रिप्लाई, { $quotes } कोट, { $views ->
        [one] { $views } व्यू
       *[other] { $views } व्यूज़
    })
drawn-starters-axis = हर 1,000 व्यूज़ पर रिप्लाई और कोट

drawn-calendar-empty = इस अवधि में कोई दिन नहीं है: अपने पोस्टिंग के दिन देखने के लिए अवधि चुनें।
drawn-calendar-summary = { $weeks } में से { $posted } हफ़्तों में पोस्ट किया · मौजूदा सिलसिला { $current } दिन · सबसे लंबा सिलसिला { $longest } दिन
drawn-calendar-readout =
    { $day }: { $posts ->
        [0] कोई पोस्ट नहीं
       *[other] { $posts } पोस्ट
    }
drawn-calendar-none = कोई नहीं
drawn-calendar-four-or-more = दिन में 4+ पोस्ट

drawn-frequency-empty = इस अवधि के किसी हफ़्ते में व्यूज़ वाली पोस्ट नहीं हैं: लंबी अवधि चुनें, या सिंक करें।
drawn-frequency-note = क्या एक हफ़्ते में ज़्यादा पोस्ट करने से हर पोस्ट की पहुँच घटती है?
drawn-frequency-week = एक हफ़्ता
drawn-frequency-median = उतनी ही पोस्ट वाले हफ़्तों का मीडियन
drawn-frequency-x = उस हफ़्ते की पोस्ट
drawn-frequency-y = हर पोस्ट पर मीडियन व्यूज़
drawn-frequency-week-readout = { $week } से शुरू हफ़्ता: { $posts }, हर पोस्ट पर मीडियन { $views } व्यूज़
drawn-frequency-median-readout =
    { $posts } वाले हफ़्ते: { $weeks ->
        [one] { $weeks } हफ़्ता
       *[other] { $weeks } हफ़्ते
    }, हर पोस्ट पर मीडियन { $views } व्यूज़

drawn-engagement-empty = इस अवधि में कोई पोस्ट प्रकाशित नहीं हुई: लंबी अवधि चुनें, या पोस्ट करके सिंक करें।
drawn-engagement-note = हर पोस्ट के प्रकाशित होने के दिन के हिसाब से। एंगेजमेंट रेट: हर दिन तक के 7 दिनों की पोस्ट पर हर 100 व्यूज़ पर लाइक, रिप्लाई, रीपोस्ट और कोट।
drawn-shares-in-development = शेयर (विकास में)
drawn-engagement-rate-7-days = एंगेजमेंट रेट, 7 दिन
drawn-interactions = इंटरैक्शन
drawn-per-100-views = हर 100 व्यूज़ पर
drawn-week-of = { $day } से शुरू हफ़्ता
drawn-engagement-readout =
    { $period }: { $likes } लाइक, { $replies } रिप्लाई, { $reposts } रीपोस्ट, { $quotes } कोट, { $shares } शेयर (विकास में), { $posts } पर { $views ->
        [one] { $views } व्यू
       *[other] { $views } व्यूज़
    }; { $rate }
drawn-engagement-rate-of = एंगेजमेंट रेट हर 100 व्यूज़ पर { $rate }
drawn-engagement-rate-of-smoothed = एंगेजमेंट रेट हर 100 व्यूज़ पर { $rate } (7 दिन: { $smoothed })
drawn-engagement-no-views = एंगेजमेंट रेट के लिए कोई व्यू नहीं
drawn-engagement-no-views-smoothed = एंगेजमेंट रेट के लिए कोई व्यू नहीं (7 दिन: { $smoothed })

drawn-segment-other = अन्य
drawn-segment-women = महिलाएँ
drawn-segment-men = पुरुष
drawn-segment-unspecified = अनिर्दिष्ट
drawn-no-followers = इस रीडिंग में कोई फ़ॉलोअर नहीं।
drawn-no-link-clicks = इस रीडिंग में कोई लिंक क्लिक नहीं।
drawn-followers-readout = { $name }: { $count } फ़ॉलोअर्स ({ $share })
drawn-clicks-readout = { $name }: { $count } क्लिक ({ $share })

drawn-best-times-title = पोस्ट किए जाने के घंटे के हिसाब से मीडियन व्यूज़
drawn-best-times-withheld = { $posts }×
drawn-weekday-hour = { $weekday } { $hour }
drawn-best-times-readout = { $when }: { $posts } पर मीडियन { $views } व्यूज़
drawn-best-times-too-few = { $when }: { $posts }, मीडियन के लिए बहुत कम
drawn-best-times-note = धूसर खाने: { $minimum } से कम पोस्ट, मीडियन के लिए बहुत कम (संख्या बताती है कितनी)।

drawn-observation-began = निगरानी { $day } से शुरू
drawn-no-follower-readings = अभी फ़ॉलोअर्स की कोई रीडिंग नहीं: ये पहले सिंक से शुरू होती हैं।
drawn-followers-reading = { $when }: { $count } फ़ॉलोअर्स
drawn-this-post = यह पोस्ट (व्यूज़, Meta में विकास में)
drawn-no-post-readings = इस पोस्ट की अभी कोई रीडिंग नहीं: ये अगले सिंक से शुरू होती हैं।
drawn-published = { $when } को प्रकाशित
drawn-views-reading =
    { $when }: { $count ->
        [one] { $count } व्यू
       *[other] { $count } व्यूज़
    }
drawn-all-links = सभी लिंक पर क्लिक, पढ़े गए पहले दिन से
drawn-no-click-readings = अभी लिंक क्लिक की कोई रीडिंग नहीं: ये पहले सिंक से शुरू होती हैं।
drawn-clicks-reading = { $when }: { $count } क्लिक
drawn-typical-post = आपकी सामान्य पोस्ट (बीच का आधा)
drawn-typical-readout = { $age } पर: सामान्य { $median } व्यूज़ (बीच का आधा { $lower }–{ $upper })

drawn-no-profile-views = इन दिनों के लिए कोई प्रोफ़ाइल व्यू रिपोर्ट नहीं हुआ।
drawn-7-day-average = 7 दिन का औसत
drawn-profile-views-readout = { $day }: { $views } प्रोफ़ाइल व्यू
drawn-not-reported = { $day }: Threads ने रिपोर्ट नहीं किया

## Spool जो मापता और दिखाता है, उनके नाम

metric-profile-views = प्रोफ़ाइल व्यू
metric-likes = लाइक
metric-replies = रिप्लाई
metric-reposts = रीपोस्ट
metric-quotes = कोट
metric-link-clicks = लिंक क्लिक
metric-followers = फ़ॉलोअर्स
metric-audience = ऑडियंस

breakdown-country = देश
breakdown-city = शहर
breakdown-age = उम्र
breakdown-gender = लिंग

sync-phase-profile = प्रोफ़ाइल पढ़ी जा रही है
sync-phase-posts = पोस्ट की सूची बन रही है
sync-phase-post-insights = पोस्ट इनसाइट्स पढ़ी जा रही हैं
sync-phase-profile-views = प्रोफ़ाइल व्यू पढ़े जा रहे हैं
sync-phase-engagement = लाइक, रिप्लाई, रीपोस्ट और कोट पढ़े जा रहे हैं
sync-phase-link-clicks = लिंक क्लिक पढ़े जा रहे हैं
sync-phase-audience = फ़ॉलोअर्स और ऑडियंस पढ़े जा रहे हैं
sync-phase-saving = सेव हो रहा है

dataset-posts = मेट्रिक्स के साथ पोस्ट
dataset-profile-views = हर दिन के प्रोफ़ाइल व्यू
dataset-followers = समय के साथ फ़ॉलोअर्स
dataset-audience = ऑडियंस (देश, शहर, उम्र, लिंग)
dataset-link-clicks = लिंक क्लिक
dataset-post-insights = आपके सामान्य के मुक़ाबले पोस्ट
dataset-what-to-post = क्या पोस्ट करें (फ़ॉर्मैट, लंबाई, हफ़्ते के दिन के हिसाब से)
dataset-words = शब्द और विषय
dataset-engagement = हर दिन का एंगेजमेंट

data-format-csv = CSV (स्प्रेडशीट)
data-format-json = JSON
image-format-png = PNG इमेज
image-format-svg = SVG (वेक्टर)

layout-as-shown = जैसा स्क्रीन पर है
layout-slide = 16:9 स्लाइड
layout-square = चौकोर सोशल कार्ड
layout-a4 = A4 लैंडस्केप

kind-profile-views = हर दिन के प्रोफ़ाइल व्यू
kind-followers = समय के साथ फ़ॉलोअर्स
kind-best-times = पोस्ट करने का सबसे अच्छा समय
kind-post-growth = प्रकाशन के बाद से व्यूज़
kind-audience-country = देश के हिसाब से फ़ॉलोअर्स
kind-audience-city = शहर के हिसाब से फ़ॉलोअर्स
kind-audience-age = उम्र के हिसाब से फ़ॉलोअर्स
kind-audience-gender = लिंग के हिसाब से फ़ॉलोअर्स
kind-link-clicks = हर लिंक पर क्लिक
kind-clicks-over-time = समय के साथ लिंक क्लिक
kind-top-posts = आपके सामान्य के मुक़ाबले टॉप पोस्ट
kind-quality-map = पोस्ट क्वालिटी मैप
kind-engagement-day = हर दिन का एंगेजमेंट
kind-engagement-week = हर हफ़्ते का एंगेजमेंट
kind-engagement-month = हर महीने का एंगेजमेंट
kind-what-to-post-format = क्या पोस्ट करें: फ़ॉर्मैट के हिसाब से
kind-what-to-post-length = क्या पोस्ट करें: लंबाई के हिसाब से
kind-what-to-post-weekday = क्या पोस्ट करें: हफ़्ते के दिन के हिसाब से
kind-posting-calendar = पोस्टिंग कैलेंडर
kind-posting-frequency = हर हफ़्ते की पोस्ट और उनकी पहुँच
kind-words = दूर तक पहुँचने वाले शब्द और विषय
kind-conversation-starters = बातचीत शुरू करने वाली पोस्ट

preset-last-7-days = 7 दिन
preset-last-30-days = 30 दिन
preset-last-90-days = 90 दिन
preset-this-month = इस महीने
preset-last-month = पिछले महीने
preset-year-to-date = इस साल अब तक
preset-everything = सब कुछ

format-text = टेक्स्ट
format-image = इमेज
format-video = वीडियो
format-carousel = कैरोसेल
format-audio = ऑडियो
format-other = अन्य

length-no-text = कोई टेक्स्ट नहीं
length-short = 80 अक्षरों तक
length-medium = 81–200 अक्षर
length-long = 201–350 अक्षर
length-very-long = 350 से ज़्यादा अक्षर

group-with-link = लिंक के साथ
group-without-link = बिना लिंक के
group-by-format = फ़ॉर्मैट
group-by-length = लंबाई
group-by-weekday = हफ़्ते का दिन
weekday-monday = सोमवार
weekday-tuesday = मंगलवार
weekday-wednesday = बुधवार
weekday-thursday = गुरुवार
weekday-friday = शुक्रवार
weekday-saturday = शनिवार
weekday-sunday = रविवार
weekday-unknown = ?

quadrant-breakout = ब्रेकआउट
quadrant-conversation = बातचीत
quadrant-broadcast = प्रसार
quadrant-quiet = शांत

# A share of followers or clicks, written as the language writes a percentage.
drawn-share = { NUMBER($share, style: "percent", maximumFractionDigits: 0) }
