## रिपोर्ट: रिपोर्ट स्क्रीन, किसी रिपोर्ट के पेज, मीडिया किट

screen-reports = रिपोर्ट
screen-reports-purpose = Threads पर एक महीना, एक ही फ़ाइल में, किसी ब्रांड, एजेंसी या आपके मैनेजर के लिए: आपके चुने हुए सेक्शन वाली PDF रिपोर्ट, या पिच के लिए एक पेज की मीडिया किट।

# फ़ाइल क्या है, उसके कवर पर और उसकी प्रॉपर्टीज़ में।
report-title = Threads रिपोर्ट
media-kit-title = मीडिया किट
report-kind-report = रिपोर्ट
report-kind-media-kit = मीडिया किट
report-look-light = लाइट
report-look-print = प्रिंट के अनुकूल
report-section-profile-views = प्रोफ़ाइल व्यू
report-section-followers = फ़ॉलोअर्स
report-section-engagement = एंगेजमेंट
report-section-top-posts = टॉप पोस्ट
report-section-what-worked = क्या काम किया
report-section-audience = ऑडियंस
report-section-links = लिंक
report-every-week = हर हफ़्ते, सोमवार को: पिछला हफ़्ता
report-every-month = हर महीने, 1 तारीख़ को: पिछला महीना

## किसी रिपोर्ट के पेज

# $account is a handle (@name); $range is a range-span text.
report-running-head = { $account } · { $range }
# $version is Spool's version; $page and $pages are numbers.
report-footer = इस कंप्यूटर पर रखे इतिहास से Spool { $version } द्वारा बनाई गई · { $pages } में से पेज { $page }
# $compared is a range-span text.
report-cover-compared = हर संख्या की तुलना { $compared } से की गई है, जो ठीक पहले की उतनी ही लंबी अवधि है।
report-cover-no-compared = Spool के पास तुलना के लिए कोई पिछली अवधि सेव नहीं है।
report-cover-note = फ़ॉलोअर्स आख़िरी सिंक के समय के हैं: Threads सिर्फ़ मौजूदा संख्या देता है। Meta ने व्यूज़ और शेयर को “डेवलपमेंट में” के रूप में लेबल किया है।
# $percent is the size of the change, already written ("12"); $previous the number before.
report-change-up = ▲ { $percent }% ({ $previous } से)
report-change-down = ▼ { $percent }% ({ $previous } से)
report-change-level = पहले जितना ही
report-card-posts = पब्लिश हुई पोस्ट
report-card-total = इन दिनों में कुल
report-card-daily-average = हर दिन, औसतन
report-card-best-day = सबसे अच्छा दिन
report-card-interactions = इन पोस्ट पर इंटरैक्शन
report-card-engagement-rate = एंगेजमेंट रेट
report-card-followers-now = अभी फ़ॉलोअर्स
report-card-typical-views = हर पोस्ट पर सामान्य व्यूज़
report-profile-views-intro = हर दिन के प्रोफ़ाइल व्यू, पिछले सात दिनों के औसत के साथ। जिस दिन को Threads ने छोड़ दिया, वहाँ जगह ख़ाली रहती है।
report-followers-intro = Spool के हर सिंक पर फ़ॉलोअर्स। Threads सिर्फ़ मौजूदा संख्या देता है, इसलिए रेखा वहीं से शुरू होती है जब Spool ने इसे रखना शुरू किया।
report-engagement-intro = इन दिनों में पब्लिश हुई पोस्ट पर लाइक, रिप्लाई, रीपोस्ट और कोट, हर पोस्ट के पब्लिश होने के दिन के हिसाब से, और एंगेजमेंट रेट: हर 100 व्यूज़ पर इंटरैक्शन।
# $posts is a number of posts.
report-top-posts-intro =
    { $posts ->
        [one] इन दिनों में पब्लिश हुई { $posts } पोस्ट, उसी उम्र की पोस्ट के लिए आपके सामान्य के मुक़ाबले, उसके आँकड़ों और शब्दों के साथ।
       *[other] इन दिनों में पब्लिश हुई { $posts } पोस्ट, उसी उम्र की पोस्ट के लिए आपके सामान्य के मुक़ाबले, और फिर उनमें से सबसे अच्छी पोस्ट, उनके आँकड़ों और शब्दों के साथ।
    }
report-what-worked-intro = इन दिनों की पोस्ट से पता चलता है कि आपके लिए क्या काम करता है: हर नतीजा इतनी पोस्ट पर आधारित है कि उसका कुछ मतलब हो।
report-audience-intro = आख़िरी रीडिंग के अनुसार, आपको कौन फ़ॉलो करता है। Threads यह 100 फ़ॉलोअर्स होने के बाद ही दिखाता है।
report-links-intro = आपकी प्रोफ़ाइल और पोस्ट के लिंक पर क्लिक, आख़िरी रीडिंग में और हर सिंक पर।
report-nothing = Spool में इसके लिए अभी कुछ भी सेव नहीं है। अकाउंट सिंक करें, फिर रिपोर्ट दोबारा बनाएँ।
# $views, $interactions are numbers; $rate is a percentage, already written.
report-post-numbers = { $views } व्यूज़ · { $interactions } इंटरैक्शन · { $rate } एंगेजमेंट
# $rank is a number; $day is a date.
report-post-when = { $rank } · { $day }
report-post-no-text = (बिना टेक्स्ट की पोस्ट)

## क्या काम किया: नतीजे

# $breakouts and $posts are numbers of posts.
report-finding-breakouts =
    { $posts } में से { $breakouts ->
        [one] { $breakouts } पोस्ट ब्रेकआउट रही
       *[other] { $breakouts } पोस्ट ब्रेकआउट रहीं
    }: अपनी उम्र के लिए आपके सामान्य व्यूज़ के तीन गुना या उससे ज़्यादा।
# $group is a format ("Text", "Image"…), $views and $posts numbers.
report-finding-format = सबसे अच्छा फ़ॉर्मैट: { $group }, { $posts } पोस्ट पर मीडियन { $views } व्यूज़।
# $group is a length of text ("Short (under 100 characters)"…).
report-finding-length = लंबाई के हिसाब से सबसे अच्छा ग्रुप: { $group }, { $posts } पोस्ट पर मीडियन { $views } व्यूज़।
# $group is a weekday.
report-finding-weekday = { $group } को पब्लिश हुई पोस्ट सबसे अच्छी रहीं: { $posts } पोस्ट पर मीडियन { $views } व्यूज़।
# $word is a word or a hashtag; $views and $median are numbers of views.
report-finding-word = “{ $word }” वाली पोस्ट के मीडियन व्यूज़ { $views } रहे, जबकि सभी पोस्ट के { $median }।
# $minimum is a number of posts.
report-finding-none = इन दिनों में पोस्ट बहुत कम हैं, इसलिए यह नहीं बताया जा सकता कि क्या काम किया: किसी नतीजे के लिए एक ग्रुप में { $minimum } पोस्ट चाहिए।

## मीडिया किट

# $day is a date; $range is a range-span text.
media-kit-as-of = { $day } तक के आँकड़े · { $range } की पोस्ट
media-kit-best-posts = सबसे अच्छी पोस्ट
media-kit-audience = कौन फ़ॉलो करता है

## रिपोर्ट स्क्रीन

reports-kind = बनाएँ
reports-sections = सेक्शन
reports-look = रूप
reports-preview = प्रीव्यू
# $pages is a number of pages.
reports-pages = { $pages } पेज
reports-save-pdf = PDF सेव करें…
reports-save-png = PNG सेव करें…
reports-no-sections = रिपोर्ट के लिए कम से कम एक सेक्शन चुनें।
reports-making = पेज बनाए जा रहे हैं…
reports-schedule = शेड्यूल पर
reports-schedule-note = जब तक Spool चलता है (ट्रे में भी), यह दिखाए जा रहे अकाउंट की रिपोर्ट आपके चुने हुए फ़ोल्डर में लिखता है, और लिख दिए जाने पर आपको बताता है।
reports-schedule-off = बंद
reports-schedule-folder = फ़ोल्डर
reports-schedule-choose = फ़ोल्डर चुनें…
reports-schedule-saved = शेड्यूल की गई रिपोर्ट की सेटिंग सेव हो गई है।
# $page and $pages are numbers: the page a preview's image shows.
reports-page = { $pages } में से पेज { $page }
reports-schedule-needs-folder = रिपोर्ट के लिए एक फ़ोल्डर चुनें: फ़ोल्डर चुनते ही शेड्यूल शुरू हो जाएगा।
# $path is where the file was written.
notify-report-written-title = आपकी रिपोर्ट तैयार है
notify-report-written-body = Spool ने रिपोर्ट { $path } में सेव कर दी है।
dialog-filter-pdf = PDF डॉक्यूमेंट
