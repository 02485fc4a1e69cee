# Spool की हिंदी: अंग्रेज़ी मूल पाठ (en/spool.ftl) का अनुवाद।
# Ids begin with the part of Spool that says them.

## ट्रे और नोटिफ़िकेशन में अकाउंट की पहचान

account-handle = @{ $username }
account-handle-demo = @{ $username } (डेमो)

## ट्रे मेन्यू (macOS पर मेन्यू बार)

tray-profile-views = प्रोफ़ाइल व्यू: आज अब तक { $today }, कल { $yesterday }
tray-followers = फ़ॉलोअर्स: { $followers }
tray-followers-change = फ़ॉलोअर्स: { $followers } (कल से { $change })
tray-best-post =
    पिछले 24 घंटों की सबसे अच्छी पोस्ट: { $views ->
        [one] { $views } व्यू
       *[other] { $views } व्यूज़
    }
tray-best-post-against =
    पिछले 24 घंटों की सबसे अच्छी पोस्ट: { $views ->
        [one] { $views } व्यू
       *[other] { $views } व्यूज़
    }, { $hours } घंटे पर आपकी सामान्य पोस्ट का { NUMBER($multiple, maximumFractionDigits: 1) } गुना
tray-quote = “{ $excerpt }”
tray-no-post = पिछले 24 घंटों में कोई पोस्ट नहीं
tray-no-account = अभी कोई अकाउंट नहीं है: कनेक्ट करने के लिए Spool खोलें
tray-sync-now = अभी सिंक करें
tray-open = Spool खोलें
tray-quit = Spool बंद करें
tray-sync-failed = Spool सिंक नहीं कर सका
tray-still-running = Spool अभी भी चल रहा है
tray-still-running-body = यह बैकग्राउंड में सिंक करता रहता है और कुछ होने पर आपको बताता है। इसे ट्रे (macOS पर मेन्यू बार) में इसके आइकन से खोलें या बंद करें; विंडो बंद करने पर Spool बंद हो जाए या नहीं, यह आप सेटिंग्स में चुन सकते हैं।

## नोटिफ़िकेशन

notify-breakout = { $account } की एक पोस्ट तेज़ी से आगे बढ़ रही है
notify-breakout-body =
    “{ $excerpt }” को { $hours ->
        [one] { $hours } घंटे में
       *[other] { $hours } घंटों में
    } { $views ->
        [one] { $views } व्यू मिल चुका है
       *[other] { $views } व्यूज़ मिल चुके हैं
    }: यह इतने ही समय में आपकी सामान्य पोस्ट का { NUMBER($multiple, maximumFractionDigits: 1) } गुना है।
notify-milestone = { $account } के { $milestone } फ़ॉलोअर्स हो गए हैं
notify-milestone-body = अब { $followers } फ़ॉलोअर्स हैं, पिछले सिंक के समय { $before } थे।
notify-login-needed = { $account } में फिर से लॉग इन करें
notify-login-needed-body = Threads अब Spool का लॉगिन स्वीकार नहीं करता, इसलिए जब तक आप सेटिंग्स में फिर से लॉग इन नहीं करते, कुछ भी सिंक नहीं होगा। आपका पिछला डेटा सुरक्षित रहेगा।
notify-login-ending =
    { $days ->
        [0] { $account } का लॉगिन आज ख़त्म हो रहा है
        [1] { $account } का लॉगिन कल ख़त्म हो रहा है
       *[other] { $account } का लॉगिन { $days } दिन में ख़त्म हो जाएगा
    }
notify-login-ending-body = Spool इसे रिन्यू नहीं कर सका। सिंक जारी रखने के लिए, इसके ख़त्म होने से पहले सेटिंग्स में फिर से लॉग इन करें।
notify-syncs-failing = { $account } के सिंक बार-बार विफल हो रहे हैं
notify-syncs-failing-body = पिछले { $failed } सिंक विफल रहे। आख़िरी सिंक का संदेश: { $reason }
notify-no-reason = कोई कारण नहीं बताया गया

## स्क्रीन: साइडबार और शीर्षकों में उनके नाम, और हर स्क्रीन क्या दिखाती है

screen-today = आज
screen-overview = ओवरव्यू
screen-insights = क्या काम करता है
screen-posts = पोस्ट
screen-audience = ऑडियंस
screen-links = लिंक
screen-settings = सेटिंग्स
screen-today-purpose = पिछले तीन दिनों की आपकी पोस्ट की तुलना आपकी सामान्य पोस्ट से, आज के प्रोफ़ाइल व्यू और फ़ॉलोअर्स, और वे बातें जिन पर आपका ध्यान ज़रूरी है।
screen-overview-purpose = आपकी चुनी हुई अवधि में प्रोफ़ाइल व्यू, लाइक, रिप्लाई, रीपोस्ट, कोट, लिंक क्लिक और फ़ॉलोअर्स।
screen-insights-purpose = आपके लिए क्या काम करता है: सामान्य के मुक़ाबले आपकी टॉप पोस्ट, फ़ॉर्मैट, लंबाई, हफ़्ते के दिन, शब्द और आपकी पोस्टिंग की लय।
screen-posts-purpose = हर पोस्ट के व्यूज़, लाइक, रिप्लाई, रीपोस्ट, कोट और शेयर, और हर पोस्ट समय के साथ कैसे बढ़ी।
screen-audience-purpose = कम से कम 100 फ़ॉलोअर्स होने पर: आपके फ़ॉलोअर्स कहाँ रहते हैं, उनकी उम्र और लिंग।
screen-links-purpose = आपकी पोस्ट और प्रोफ़ाइल के लिंक पर कितनी बार क्लिक किया गया।
screen-settings-purpose = अकाउंट, प्राथमिकताएँ और Spool के बारे में जानकारी।

## सेटिंग्स → भाषा

settings-language = भाषा
settings-language-label = Spool की भाषा
# $language is the system's language in its own name ("日本語", "Deutsch").
settings-language-system = सिस्टम की भाषा ({ $language })
settings-language-note = मेन्यू, मैसेज, नोटिफ़िकेशन और एक्सपोर्ट किए गए चार्ट तुरंत इस चुनाव के अनुसार बदल जाते हैं, और संख्याएँ व तारीख़ें उसी तरह लिखी जाती हैं जैसे आपके क्षेत्र में यह भाषा उन्हें लिखती है।

## पोस्ट की उम्र, जैसे उसके चेकपॉइंट उसे कहते हैं

# घंटे, not घंटा, also for 1: this text always stands before पर or inside a phrase that does.
age-hours = { $hours } घंटे
age-days = { $days } दिन
# $multiple is how many times the typical post's views; $age is an age-hours or age-days text.
on-track = { $age } पर आपकी सामान्य पोस्ट का { NUMBER($multiple, maximumFractionDigits: 1) } गुना

## इनसाइट्स दिखाने से पहले की स्क्रीन

waiting-no-account = अभी तक कोई Threads अकाउंट कनेक्ट नहीं है।
waiting-connected = { $account } कनेक्ट हो गया है।
waiting-connect = अकाउंट कनेक्ट करें
waiting-try-demo = डेमो अकाउंट आज़माएँ
waiting-demo-note = डेमो हर स्क्रीन को सिम्युलेटेड डेटा के साथ दिखाता है, जिस पर "डेमो" लिखा होता है; इसके लिए Meta ऐप की ज़रूरत नहीं है।

## सिंक

sync-now = अभी सिंक करें
sync-cancel = रद्द करें
# $done and $total count requests; $rate is requests per second.
sync-progress = { $total } में से { $done } · { NUMBER($rate, maximumFractionDigits: 0) } अनुरोध/सेकंड
sync-never = अभी तक सिंक नहीं हुआ: Spool में इस अकाउंट की कोई इनसाइट्स सेव नहीं हैं।
# $when is a date and time.
sync-completed = आख़िरी सिंक { $when } को हुआ ({ $requests } अनुरोध)।
sync-cancelled = { $when } का सिंक रद्द कर दिया गया; कुछ भी सेव नहीं हुआ।
sync-failed = आख़िरी सिंक ({ $when }): { $reason }
sync-failed-no-reason = यह बिना कोई कारण बताए विफल हो गया; कुछ भी सेव नहीं हुआ।
# $day is a day and month, $time a time of day.
sync-short-completed = { $day }, { $time } को सिंक हुआ
sync-short-cancelled = आख़िरी सिंक रद्द हुआ
sync-short-failed = आख़िरी सिंक विफल रहा

## आज

today-views = आज अब तक के प्रोफ़ाइल व्यू
today-usual-day = सामान्य दिन: { $views }
today-no-usual-day = अभी तक कोई सामान्य दिन सेव नहीं है
today-followers = फ़ॉलोअर्स
today-followers-up = ▲ कल से { $change }
today-followers-down = ▼ कल से { $change }
today-no-reading = आज से पहले की कोई रीडिंग नहीं
today-recent = आपके पिछले तीन दिन
today-no-recent = पिछले तीन दिनों में कोई पोस्ट नहीं।
# $ages lists the checkpoints ("1 h, 6 h, 24 h, 3 days, 7 days").
today-typical-note = आपकी सामान्य पोस्ट, एक ही उम्र ({ $ages }) पर पढ़ी गई आपकी पिछली पोस्ट में से बीच वाली (मीडियन) है; Spool चलते समय दो दिन से कम पुरानी पोस्ट को हर घंटे पढ़ता है, और अन्यथा हर सिंक पर।
today-typical-unknown = आपकी सामान्य पोस्ट जानने के लिए Spool को एक ही उम्र पर पढ़ी गई कम से कम { $posts } पिछली पोस्ट चाहिए; चलते समय यह नई पोस्ट को हर घंटे पढ़ता है।
today-login-ending = आपका लॉगिन { $when } को ख़त्म हो जाएगा: Spool सिंक करता रहे, इसके लिए उससे पहले फिर से लॉग इन करें।
today-login-needed = Threads अब यह लॉगिन स्वीकार नहीं करता: सिंक करने के लिए फिर से लॉग इन करें।
today-log-in-again = फिर से लॉग इन करें
today-sync-failed = आख़िरी सिंक ({ $when }) विफल रहा: { $reason }
today-not-synced = { $hours } घंटे से कुछ भी सिंक नहीं हुआ है।
today-no-text = (कोई टेक्स्ट नहीं)
today-not-read = अभी पढ़ा नहीं गया
today-post-views =
    { $views ->
        [one] { $views } व्यू
       *[other] { $views } व्यूज़
    }
today-not-compared = अभी तुलना नहीं हुई: किसी पोस्ट की तुलना तब होती है जब उसे पोस्ट होने के 1 घंटे या उसके बाद पढ़ा गया हो और आपकी सामान्य पोस्ट पता हो।
today-newest = आपकी सबसे नई पोस्ट, आपकी सामान्य पोस्ट के मुक़ाबले

## Lists

# Between the items of a list ("1 h, 6 h, 24 h").
list-separator = { ", " }

## सेटिंग्स → सिंक और डेस्कटॉप पर

settings-syncing = सिंक
# Followed by a choice of settings-sync-every-hours.
settings-sync-every = Spool चलते समय, हर अकाउंट कितनी बार सिंक हो
settings-sync-every-hours =
    { $hours ->
        [one] हर घंटे
       *[other] हर { $hours } घंटे में
    }
settings-history-note = Spool हर सिंक को इस कंप्यूटर पर इतिहास के रूप में सेव करता है; Threads ख़ुद न तो फ़ॉलोअर्स का इतिहास रखता है, न ही पोस्ट की बढ़त का।
settings-back-up = डेटा का बैकअप लें…
settings-backed-up = इतिहास की एक कॉपी { $path } में लिख दी गई है।
settings-desktop = डेस्कटॉप पर
settings-keep-in-tray = विंडो बंद करने पर, Spool को ट्रे में चलता और सिंक करता रहने दें
settings-no-tray = यह डेस्कटॉप ट्रे आइकन नहीं दिखाता (GNOME पर, AppIndicator एक्सटेंशन उन्हें जोड़ता है), इसलिए विंडो बंद करने पर Spool बंद हो जाता है: यह कभी ऐसी जगह नहीं चलता जहाँ आप इसे देख या रोक न सकें।
settings-start-at-login = इस कंप्यूटर में लॉग इन करने पर Spool को ट्रे में शुरू करें
settings-notify-when = इन पर मुझे नोटिफ़िकेशन भेजें:
settings-notify-breakouts = किसी पोस्ट का तेज़ी से आगे बढ़ना (उसी उम्र पर मेरी सामान्य पोस्ट से दोगुने व्यूज़)
settings-notify-milestones = मेरे फ़ॉलोअर्स का कोई पड़ाव पार करना (1,000, 2,500, 5,000…)
settings-notify-logins = किसी लॉगिन का एक हफ़्ते के भीतर ख़त्म होना, या फिर से लॉग इन की ज़रूरत पड़ना
settings-notify-failing-syncs = सिंक का बार-बार विफल होना (लगातार तीन बार)

# The sync panel before the first step of a sync is known.
sync-starting = शुरू हो रहा है…
