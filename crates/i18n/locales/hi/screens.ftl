## Overview, What works, Audience, Links and the range picker

## ओवरव्यू

# $range is a range-span text, and so is $compared.
overview-range-compared = { $range } · { $compared } से तुलना
# $percent is the size of the change, already written ("12").
overview-change-up = ▲ { $percent }%
overview-change-down = ▼ { $percent }%
# A badge after a metric that is not summed over the range (followers).
overview-now = अभी
overview-no-earlier-period = पिछली कोई अवधि सेव नहीं है

## क्या काम करता है

# $range is a range-span text.
insights-summary =
    { $range } · { $posts ->
        [one] { $posts } पोस्ट, जो इन दिनों में पब्लिश हुई और जिसे व्यूज़ मिले: नीचे का हर आँकड़ा इसी पर आधारित है।
       *[other] { $posts } पोस्ट, जो इन दिनों में पब्लिश हुईं और जिन्हें व्यूज़ मिले: नीचे का हर आँकड़ा इन्हीं पर आधारित है।
    }
insights-note = एंगेजमेंट रेट प्रति पोस्ट व्यू है: इन पोस्ट के लाइक, रिप्लाई, रीपोस्ट और कोट को उनके व्यूज़ से भाग दिया जाता है। किसी ग्रुप को रैंक तभी किया जाता है जब उसमें कम से कम { $minimum } पोस्ट हों। Meta ने व्यूज़ और शेयर को "डेवलपमेंट में" के रूप में चिह्नित किया है।
insights-top-posts = आपके सामान्य के मुक़ाबले टॉप पोस्ट
insights-engagement = समय के साथ एंगेजमेंट
# Followed by buttons: day, week, month.
insights-bars-per = हर बार की अवधि
insights-what-to-post = क्या पोस्ट करें
# Followed by buttons: Format, Length, Weekday…
insights-group-by = आधार
insights-rhythm = पोस्टिंग की लय
insights-words = दूर तक पहुँचने वाले शब्द और विषय
insights-conversation = बातचीत शुरू करने वाली पोस्ट

## ऑडियंस

audience-gate-title = Threads आपके फ़ॉलोअर्स कौन हैं, यह { $minimum } फ़ॉलोअर्स होने के बाद ही दिखाता है।
audience-gate-body =
    इस अकाउंट के { $followers ->
        [one] { $followers } फ़ॉलोअर है
       *[other] { $followers } फ़ॉलोअर्स हैं
    }। इसके { $minimum } तक पहुँचने के बाद पहले सिंक पर Spool देश, शहर, उम्र और लिंग पढ़ता है।
audience-none = अभी तक ऑडियंस की कोई रीडिंग नहीं।
audience-none-note = Spool हर सिंक पर फ़ॉलोअर्स को देश, शहर, उम्र और लिंग के हिसाब से पढ़ता है।
# $segment is a country, city, age or gender; $change is signed ("+3", "−2").
audience-segment-change = { $segment } { $change }
# $day is a date.
audience-read-unchanged = { $day } को पढ़ा गया; पिछली रीडिंग से कोई बदलाव नहीं (या पहले कोई रीडिंग नहीं थी)।
# $changes lists audience-segment-change texts.
audience-read-changes = { $day } को पढ़ा गया। पिछली रीडिंग से: { $changes }

## लिंक

# $since and $until are dates.
links-window = { $since } से { $until } तक के क्लिक, जैसे Threads ने उन्हें आख़िरी सिंक पर गिना।
links-none = अभी तक लिंक क्लिक की कोई रीडिंग नहीं।
# After a link and a dash.
links-clicks = { $clicks } क्लिक
# $change is signed ("+3", "−2").
links-clicks-change = { $clicks } क्लिक (पिछली रीडिंग से { $change })

## लोड होती हुई कोई भी स्क्रीन

loaded-loading = लोड हो रहा है…

## अवधि चुनने का हिस्सा

# The label of the group of preset buttons (7 days, 30 days…).
range-presets = अवधि
range-enter-both-days = दोनों दिन YYYY-MM-DD के रूप में लिखें, या उन्हें चुनें।
# Followed by a choice of range-compare-previous or range-compare-year.
range-compare-with = इससे तुलना करें
range-compare-previous = पिछली अवधि
range-compare-year = एक साल पहले के यही दिन
range-from = शुरुआत
range-to = अंत
range-show = दिखाएँ
# $day is the first day Threads has insights of.
range-note = { $day } से पहले के दिन नहीं चुने जा सकते: Threads उससे पहले की कोई इनसाइट्स नहीं रखता। फ़ॉलोअर्स हमेशा अभी के होते हैं: Threads सिर्फ़ मौजूदा संख्या देता है।
# A range of days: $since and $until are dates.
range-span = { $since } – { $until }

# The unit a bar of the engagement chart stands for, on the buttons that choose it.
insights-granularity-day = दिन
insights-granularity-week = सप्ताह
insights-granularity-month = महीना
