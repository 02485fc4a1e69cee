## नेटिव हिस्से की गड़बड़ियाँ और सूचनाएँ

## जब कहा गया काम नहीं हो पाया, तो विंडो को क्या बताया जाता है

error-no-account = पहले कोई अकाउंट कनेक्ट करें (सेटिंग्स → अकाउंट कनेक्ट करें), या डेमो आज़माएँ।
error-needs-login = सिंक करने से पहले @{ $username } में फिर से लॉग इन करें।
error-already-syncing = यह अकाउंट पहले से सिंक हो रहा है।
error-removing = Spool सारा डेटा हटा रहा है; तब तक कुछ भी सिंक नहीं हो सकता।
error-logging-out = इस अकाउंट से लॉग आउट किया जा रहा है; तब तक इसका कुछ भी सिंक नहीं हो सकता।
error-sync-did-not-stop = कोई सिंक या लॉगिन जाँच समय पर नहीं रुकी, इसलिए कुछ भी नहीं हटाया गया। थोड़ी देर में फिर से कोशिश करें।
error-sync-interval = हर 1 से 168 घंटे (एक हफ़्ते) में सिंक करें।
error-login-port = 1024 से 65535 तक का कोई पोर्ट चुनें; इससे छोटे पोर्ट के लिए एडमिनिस्ट्रेटर अधिकार चाहिए।
error-post-not-found = वह पोस्ट Spool के इतिहास में नहीं है।
error-no-post-address = Threads इस पोस्ट का कोई पता नहीं देता (इसमें कॉपीराइट वाली सामग्री है)।
error-not-a-threads-link = Spool सिर्फ़ https पर threads.net या threads.com की पोस्ट खोलता है; इस पोस्ट का पता ({ $url }) ऐसा नहीं है ({ $reason }), इसलिए इसे नहीं खोला गया।
error-link-not-an-address = यह वेब पता नहीं है
error-link-not-https = यह https पता नहीं है
error-link-not-threads = यह threads.net या threads.com पर नहीं है
error-browser = ब्राउज़र नहीं खुल सका ({ $reason }); पोस्ट इस पते पर है: { $url }
error-start-at-login = Spool यह नहीं बदल सका कि आपके लॉग इन करने पर यह शुरू हो या नहीं ({ $reason })। फिर से कोशिश करें; अगर फिर भी न हो, तो इसे अपने डेस्कटॉप की स्टार्टअप ऐप्स की सूची में बदलें।
error-clipboard = क्लिपबोर्ड ने इमेज नहीं ली ({ $reason })। इसके बजाय इसे फ़ाइल के रूप में एक्सपोर्ट करें।
error-chart-image = { $reason }। कृपया इसकी रिपोर्ट करें।
error-backup = Spool { $path } नहीं लिख सका: { $reason }
error-fault = { $doing } के दौरान Spool में गड़बड़ी हुई; आपका डेटा नहीं बदला है। फिर से कोशिश करें; अगर यह दोबारा हो, तो कृपया Spool के लॉग के साथ इसकी रिपोर्ट करें (सेटिंग्स → परिचय में लॉग की जगह दिखती है)।

## वे दिन जो तारीख चुनने वाला नहीं माँग सकता

error-range-before-floor = Threads { $floor } से पहले की इनसाइट्स नहीं रखता; उस दिन या उसके बाद का कोई दिन चुनें।
error-range-in-future = { $day } भविष्य में है; आज ({ $today }) या उससे पहले का दिन चुनें।
error-range-reversed = अवधि शुरू होने ({ $since }) से पहले ही ख़त्म हो रही है ({ $until })।

## Spool की अपनी फ़ाइलें

error-storage-data-dir = Spool अपना डेटा फ़ोल्डर { $path } तैयार नहीं कर सका: { $reason }
error-storage-in-use = डेटा फ़ोल्डर { $path } के साथ Spool की एक और कॉपी पहले से चल रही है। उसकी विंडो पर जाएँ (या उसे बंद करके Spool फिर से शुरू करें): दो कॉपी एक-दूसरे की फ़ाइलों को ओवरराइट कर देंगी।
error-storage-credentials = Spool अपनी क्रेडेंशियल फ़ाइल पढ़ या लिख नहीं सका: { $reason }
error-storage-credentials-unreadable = Spool अपनी क्रेडेंशियल फ़ाइल { $path } नहीं पढ़ सका: { $reason }। कुछ भी नहीं बदला गया: फ़ाइल को अपने लिए पढ़ने लायक बनाएँ (या डिस्क ठीक करें), फिर Spool दोबारा शुरू करें।
error-storage-credentials-not-written = Spool अपनी क्रेडेंशियल फ़ाइल { $path } सेव नहीं कर सका: { $reason }। कुछ भी नहीं बदला गया: थोड़ी जगह खाली करें या डेटा फ़ोल्डर की अनुमतियाँ जाँचें, फिर से कोशिश करें।
error-storage-key-unavailable = Spool अपने क्रेडेंशियल सुरक्षित रखने वाली कुंजी { $holder } से नहीं ले सका: { $reason }। आपके लॉगिन जैसे थे वैसे ही रखे गए हैं: { $holder } को अनलॉक करें या शुरू करें, फिर Spool दोबारा शुरू करें।
# Where the key that seals the credentials is kept, as $holder (here) and $store
# (Settings → About) name it; key-holder-file's $path is the key's file.
key-holder-macos-keychain = macOS कीचेन
key-holder-windows-credential-manager = Windows क्रेडेंशियल मैनेजर
key-holder-secret-service = Secret Service (GNOME Keyring, KWallet)
key-holder-system = सिस्टम क्रेडेंशियल स्टोर
key-holder-file = फ़ाइल { $path }
error-storage-unknown-account = Spool इस अकाउंट को नहीं जानता; हो सकता है इससे लॉग आउट कर दिया गया हो

## इतिहास का डेटाबेस

error-history-damaged = इतिहास का डेटाबेस ख़राब हो गया है ({ $reason })
error-history-busy = इतिहास का डेटाबेस किसी दूसरे प्रोग्राम (Spool की दूसरी कॉपी, या फ़ाइल पढ़ रहा कोई टूल) के इस्तेमाल में है: दूसरा Spool या वह प्रोग्राम बंद करें, फिर से कोशिश करें
error-history-read-only = Spool अपना इतिहास नहीं लिख सकता: डिस्क या डेटा फ़ोल्डर सिर्फ़ पढ़ने के लिए है ({ $reason })। इसमें लिखने की अनुमति दें (सेटिंग्स → परिचय में इसकी जगह दिखती है), फिर से कोशिश करें
error-history-disk-full = Spool के इतिहास वाली डिस्क भर गई है: थोड़ी डिस्क जगह खाली करें, फिर से कोशिश करें; कुछ भी नहीं खोया
error-history-cannot-open = Spool अपनी इतिहास फ़ाइल खोल या पढ़ नहीं सका ({ $reason }): जाँचें कि Spool अपना डेटा फ़ोल्डर पढ़ और लिख सकता है (सेटिंग्स → परिचय में इसकी जगह दिखती है), फिर से कोशिश करें
error-history-migration = Spool अपने इतिहास को अपडेट नहीं कर सका (चरण { $step }: { $reason }); फ़ाइल नहीं बदली है। कृपया इसकी रिपोर्ट करें
error-history-too-new = इतिहास का डेटाबेस Spool के नए वर्शन ने लिखा है (स्कीमा { $found }); Spool अपडेट करें
error-history-failed = इतिहास का डेटाबेस विफल हुआ: { $reason }

## लॉग इन

error-login-no-app = पहले अपनी Threads ऐप ID और ऐप सीक्रेट डालें (सेटिंग्स → अकाउंट कनेक्ट करें)।
error-login-bad-app-id = Threads ऐप ID 15 या 16 अंकों की संख्या होती है (App settings → Basic → Threads app ID)।
error-login-bad-app-secret = Threads ऐप सीक्रेट 32 अक्षरों और अंकों की स्ट्रिंग होती है (App settings → Basic → Threads app secret, "Show" के बाद)।
error-login-denied = Threads विंडो में लॉगिन रद्द कर दिया गया। फिर से लॉग इन करें और "अनुमति दें" चुनें, ताकि Spool आपकी इनसाइट्स पढ़ सके।
error-login-state-mismatch = वह पता किसी पिछली लॉगिन कोशिश का है। लॉगिन फिर से शुरू करें और आख़िर में ब्राउज़र जो पता दिखाए, उसे पेस्ट करें।
error-login-not-an-address = यह न तो वह पता है जिस पर ब्राउज़र पहुँचा, न ही कोई लॉगिन कोड। Spool को अनुमति देने के बाद ब्राउज़र के एड्रेस बार से पूरा पता कॉपी करें।
error-login-code-used = यह लॉगिन कोड पहले ही इस्तेमाल हो चुका है या इसकी अवधि ख़त्म हो गई है (कोड एक घंटे के अंदर सिर्फ़ एक बार चलते हैं)। लॉगिन फिर से शुरू करें।
error-login-app-refused = Threads ने ऐप ID और सीक्रेट को साथ में स्वीकार नहीं किया। दोनों को अपने ऐप के डैशबोर्ड (App settings → Basic, Threads ऐप ID और सीक्रेट) से फिर से कॉपी करें।
error-login-redirect-refused = Threads ने रीडायरेक्ट पता स्वीकार नहीं किया। अपने ऐप की Threads सेटिंग्स में ठीक वही पता रजिस्टर करें जो सेटिंग्स में दिखता है, फिर दोबारा लॉग इन करें।
error-login-refused = Threads ने लॉगिन अस्वीकार कर दिया: { $message }
error-login-timed-out = { $minutes } मिनट के अंदर ब्राउज़र से कोई जवाब नहीं आया; लॉगिन फिर से शुरू करें।
error-login-listener = Spool 127.0.0.1:{ $port } पर लॉगिन का इंतज़ार नहीं कर सका ({ $reason })। हो सकता है कोई दूसरा प्रोग्राम वह पोर्ट इस्तेमाल कर रहा हो: सेटिंग्स में कोई दूसरा पोर्ट चुनें और नया रीडायरेक्ट पता रजिस्टर करें।
error-login-not-started = कोई लॉगिन चल नहीं रहा है: पहले "Threads से लॉग इन करें" चुनें।
error-login-cancelled = लॉगिन रद्द कर दिया गया।
error-login-demo = डेमो शुरू नहीं हो सका: { $reason }
# Meta's window showed its own error page: $code is its error code; $meaning and $fix
# say it (a login-window-…-meaning and -fix).
error-login-window-refused = Threads की लॉग इन विंडो ने लॉग इन अस्वीकार कर दिया (एरर { $code }): { $meaning }। { $fix }
# A code Spool does not know: $message is Meta's own words.
error-login-window-unknown = Threads की लॉग इन विंडो ने लॉग इन अस्वीकार कर दिया (एरर { $code }: { $message })। Meta ऐप डैशबोर्ड में ऐप ID और रीडायरेक्ट पता जाँचें, फिर लॉग इन दोबारा शुरू करें।

## रुका हुआ सिंक

error-sync-cancelled = सिंक रद्द कर दिया गया; कुछ भी सेव नहीं हुआ और इतिहास पहले जैसा है।
said-as-written = { $text }
error-sync-api = सिंक रुक गया और कुछ भी सेव नहीं हुआ: { $reason }
error-sync-too-many-pages = सिंक रुक गया और कुछ भी सेव नहीं हुआ: Threads ने पोस्ट के { $pages } से ज़्यादा पेज दिखाए, जो एक सिंक के पढ़ने से ज़्यादा है। बाद में फिर से कोशिश करें; अगर यह दोबारा हो, तो कृपया इसकी रिपोर्ट करें।
error-sync-too-slow = सिंक रुक गया और कुछ भी सेव नहीं हुआ: { $limit } के बाद भी यह पढ़ रहा था। कनेक्शन जाँचें और बाद में फिर से कोशिश करें।
error-sync-limit-seconds = { $seconds } सेकंड
error-sync-limit-minutes = { $minutes } मिनट

## एक्सपोर्ट और सेव की गई फ़ाइलें

error-export-range-needed = एक्सपोर्ट करने के लिए दिन चुनें ({ $what }), फिर दोबारा एक्सपोर्ट करें।
error-export-nothing-stored = Spool के पास अभी { $what } का कोई डेटा नहीं है: सिंक करें, फिर दोबारा एक्सपोर्ट करें।
error-export-drawing = चार्ट नहीं बन सका: { $reason }। कृपया इसकी रिपोर्ट करें; आपका डेटा नहीं बदला है।
error-export-too-large = { $width } × { $height } पिक्सेल की इमेज बहुत बड़ी है; कम रिज़ॉल्यूशन चुनें
error-export-encoding = Spool { $format } फ़ाइल नहीं लिख सका ({ $reason }); कृपया इसकी रिपोर्ट करें।
error-save-folder-missing = “{ $file }” का फ़ोल्डर अब मौजूद नहीं है। कोई दूसरा फ़ोल्डर चुनें और फिर से सेव करें।
error-save-not-writable = Spool वहाँ “{ $file }” नहीं लिख सकता: फ़ोल्डर सिर्फ़ पढ़ने के लिए है या किसी दूसरे ऐप ने फ़ाइल खोल रखी है। कोई दूसरा फ़ोल्डर चुनें, या दूसरे ऐप में फ़ाइल बंद करें, और फिर से सेव करें।
error-save-disk-full = “{ $file }” सेव करने के लिए पर्याप्त जगह नहीं है। थोड़ी जगह खाली करें या कोई दूसरी ड्राइव चुनें, और फिर से सेव करें।
error-save-other = Spool “{ $file }” सेव नहीं कर सका: { $reason }। कोई दूसरा फ़ोल्डर चुनें और फिर से सेव करें।
error-save-folder-in-the-way = उस नाम का एक फ़ोल्डर पहले से मौजूद है

## Threads के जवाब

error-api-refused = नहीं भेजा गया: { $reason }
error-api-rate-limited = Threads अनुरोधों को सीमित कर रहा है (कोड { $code })
error-api-rate-limited-retry = Threads अनुरोधों को सीमित कर रहा है (कोड { $code }); { $seconds } सेकंड बाद फिर से कोशिश करें
error-api-token-expired = लॉगिन की अवधि ख़त्म हो गई है या उसे रद्द कर दिया गया है (कोड { $code }): फिर से लॉग इन करें
error-api-permission-missing = लॉगिन के पास { $scope } अनुमति नहीं है (कोड { $code }): फिर से लॉग इन करें और इसकी अनुमति दें
error-api-not-found = Threads को वह ऑब्जेक्ट नहीं मिला, या यह लॉगिन उसे नहीं देख सकता (कोड 100, सबकोड 33): { $message }
error-api-invalid-subcode = Threads ने अनुरोध अस्वीकार कर दिया (कोड 100, सबकोड { $subcode }): { $message }
error-api-invalid = Threads ने अनुरोध अस्वीकार कर दिया (कोड 100): { $message }
error-api-login-refused = Threads ने { $step } अस्वीकार कर दिया: { $message }
error-api-step-code-exchange = लॉगिन पूरा करना
error-api-step-long-lived-exchange = लंबे समय तक चलने वाला लॉगिन लेना
error-api-step-refresh = लॉगिन रिन्यू करना
error-api-step-profile = प्रोफ़ाइल पढ़ना
error-api-step-posts = पोस्ट की सूची लेना
error-api-step-post-insights = किसी पोस्ट की इनसाइट्स पढ़ना
error-api-step-account-insights = अकाउंट की इनसाइट्स पढ़ना
error-api-transient = Threads में कुछ देर की गड़बड़ी हुई ({ $detail }); थोड़ी देर में फिर से कोशिश करें
error-api-other = Threads ने एरर { $code } के साथ जवाब दिया: { $message }
error-api-network = Threads तक नहीं पहुँचा जा सका: { $reason }
error-api-timeout = Threads ने समय पर जवाब नहीं दिया
error-api-unexpected = Threads ने अनपेक्षित जवाब भेजा (HTTP { $status }): { $detail }

## सूचनाएँ जो किसी कमांड का जवाब नहीं हैं

native-history-unopened = Spool अपना इतिहास नहीं खोल सका और फ़ाइल को जैसी थी वैसी छोड़ दिया: { $reason }। तब तक आपके अकाउंट और सेटिंग्स काम करते रहेंगे, और कारण दूर होते ही इतिहास अपने-आप खुल जाएगा।
# Told once the window is up, about a file opened at start ($path: where the old file was kept).
native-credentials-restored = Spool की क्रेडेंशियल फ़ाइल ख़राब हो गई थी, इसलिए Spool ने आपके लॉगिन उसकी बैकअप कॉपी से वापस ला दिए और ख़राब फ़ाइल { $path } पर रख दी।
native-credentials-damaged = Spool की क्रेडेंशियल फ़ाइल ख़राब हो गई थी, इसलिए Spool उसके बिना शुरू हुआ और उसकी एक कॉपी { $path } पर रख दी। अपने अकाउंट में दोबारा लॉग इन करें; आपके इतिहास पर कोई असर नहीं पड़ा है।
# $holder: where the key was kept ("the macOS Keychain", "the file …/credentials.key").
native-credentials-key-gone = Spool अपने क्रेडेंशियल अनलॉक नहीं कर सका: जिस कुंजी से उन्हें एन्क्रिप्ट किया गया था, वह अब { $holder } में नहीं है। Spool ने एन्क्रिप्ट की गई फ़ाइल { $path } पर रख दी और उसके बिना शुरू हुआ। अपने अकाउंट में दोबारा लॉग इन करें; आपके इतिहास पर कोई असर नहीं पड़ा है।
native-history-set-aside = Spool अपना इतिहास नहीं पढ़ सका, इसलिए उसने नया इतिहास शुरू किया और पुरानी फ़ाइल { $path } पर रख दी। दोबारा सिंक करने से वह सब फिर से बन जाता है जो Threads के पास अब भी है।
native-background-fault = बैकग्राउंड में { $doing } के दौरान Spool में गड़बड़ी हुई, पर यह चलता रहा; आपका डेटा नहीं बदला है, और अगले राउंड में फिर से कोशिश होगी। अगर यह सूचना फिर आए, तो कृपया Spool के लॉग के साथ इसकी रिपोर्ट करें (सेटिंग्स → परिचय में लॉग की जगह दिखती है)।

## सेव डायलॉग में दिए जाने वाले फ़ाइल प्रकार

dialog-filter-png = PNG इमेज
dialog-filter-svg = SVG इमेज
dialog-filter-csv = CSV (स्प्रेडशीट)
dialog-filter-json = JSON
dialog-filter-sqlite = SQLite डेटाबेस

## macOS का ऐप्लिकेशन मेन्यू

menu-about = Spool के बारे में
menu-settings = सेटिंग्स…
menu-services = सेवाएँ
menu-hide = Spool छिपाएँ
menu-hide-others = अन्य छिपाएँ
menu-show-all = सभी दिखाएँ
menu-quit = Spool बंद करें
menu-edit = संपादित करें
menu-undo = पहले जैसा करें
menu-redo = फिर से करें
menu-cut = काटें
menu-copy = कॉपी करें
menu-paste = पेस्ट करें
menu-select-all = सभी चुनें
menu-view = देखें
menu-full-screen = फ़ुल स्क्रीन चालू/बंद करें
menu-window = विंडो
menu-minimize = छोटा करें
menu-zoom = ज़ूम करें
menu-close-window = विंडो बंद करें

## गड़बड़ी के समय Spool क्या कर रहा था (error-fault और native-background-fault में “के दौरान” से पहले)

error-doing-backing-up = इतिहास का बैकअप लेने
error-doing-checking-logins = लॉगिन जाँचने
error-doing-copying-chart = चार्ट कॉपी करने
error-doing-deciding-notifications = सूचनाएँ तय करने
error-doing-drawing-chart = चार्ट बनाने
error-doing-emptying-history = इतिहास खाली करने
error-doing-exporting-chart = चार्ट एक्सपोर्ट करने
error-doing-exporting-data = डेटा एक्सपोर्ट करने
error-doing-logging-in = लॉग इन करने
error-doing-logging-in-with-token = टोकन से लॉग इन करने
error-doing-logging-out = लॉग आउट करने
error-doing-opening-demo = डेमो खोलने
error-doing-opening-history = इतिहास खोलने
error-doing-opening-post = पोस्ट खोलने
error-doing-reading-accounts = अकाउंट पढ़ने
error-doing-reading-audience = ऑडियंस पढ़ने
error-doing-reading-best-times = सबसे अच्छे समय पढ़ने
error-doing-reading-best-times-to-post = पोस्ट करने के सबसे अच्छे समय पढ़ने
error-doing-reading-content-insights = कंटेंट इनसाइट्स पढ़ने
error-doing-reading-last-sync = आख़िरी सिंक पढ़ने
error-doing-reading-link-clicks = लिंक क्लिक पढ़ने
error-doing-reading-login-settings = लॉगिन सेटिंग्स पढ़ने
error-doing-reading-overview = ओवरव्यू पढ़ने
error-doing-reading-pasted-address = पेस्ट किया गया पता पढ़ने
error-doing-reading-post = पोस्ट पढ़ने
error-doing-reading-posts = पोस्ट की सूची पढ़ने
error-doing-reading-preferences = प्राथमिकताएँ पढ़ने
error-doing-reading-today = “आज” पढ़ने
error-doing-reading-todays-numbers = आज के आँकड़े पढ़ने
error-doing-reading-what-works = “क्या काम करता है” पढ़ने
error-doing-reading-young-posts = नई पोस्ट पढ़ने
error-doing-recording-failed-sync = विफल सिंक दर्ज करने
error-doing-removing-all-data = सारा डेटा हटाने
error-doing-running-scheduled-syncs = तय सिंक चलाने
error-doing-saving-file = फ़ाइल सेव करने
error-doing-saving-login-port = लॉगिन पोर्ट सेव करने
error-doing-saving-preferences = प्राथमिकताएँ सेव करने
error-doing-saving-meta-app = आपका Meta ऐप सेव करने
error-doing-starting-login = लॉगिन शुरू करने
error-doing-stopping-sync = सिंक रोकने
error-doing-switching-accounts = अकाउंट बदलने
error-doing-syncing = सिंक करने

## Reports

error-unknown-account = Spool में @{ $username } खाता नहीं है: पहले इसे Spool में जोड़ें, या Spool में मौजूद कोई खाता बताएँ (डेमो खाते के लिए demo)।
error-report-folder = Spool { $path } में रिपोर्ट नहीं लिख सकता: { $reason }। कोई मौजूदा फ़ोल्डर चुनें।
error-report-sync-failed = सिंक विफल रहा, इसलिए कोई रिपोर्ट नहीं लिखी गई: { $reason }
error-report-sync-stopped = सिंक रोक दिया गया, इसलिए कोई रिपोर्ट नहीं लिखी गई।
error-doing-drawing-report = रिपोर्ट बनाने
error-doing-writing-report = रिपोर्ट लिखने
error-doing-writing-scheduled-report = निर्धारित रिपोर्ट लिखने
error-doing-reading-report-schedule = रिपोर्ट का शेड्यूल पढ़ने
error-doing-saving-report-schedule = रिपोर्ट का शेड्यूल सहेजने
error-doing-choosing-folder = फ़ोल्डर चुनने
