## The window's frame: palette, shortcuts, banners, Settings' accounts and About

## कमांड पैलेट (Ctrl+K)

palette-label = कमांड पैलेट
palette-placeholder = किसी स्क्रीन, पोस्ट या अवधि पर जाएँ…
# The list of what the palette offers, as screen readers name it.
palette-commands = कमांड
palette-empty = कुछ नहीं मिला। किसी स्क्रीन का नाम या किसी पोस्ट के शब्द आज़माएँ।
# $screen is a screen's name (screen-today…).
palette-go-to = { $screen } पर जाएँ
# $range is a range's name ("30 days").
palette-range = अवधि: { $range }
# $account is a handle (@name).
palette-show-account = { $account } दिखाएँ
palette-export-chart = यह चार्ट एक्सपोर्ट करें…
# $excerpt is the start of a post's text.
palette-post = पोस्ट: { $excerpt }

## कीबोर्ड शॉर्टकट की सूची (?)

shortcuts-title = कीबोर्ड शॉर्टकट
shortcuts-screens = साइडबार के क्रम में किसी स्क्रीन पर जाएँ
shortcuts-palette = कमांड पैलेट: स्क्रीन, पोस्ट, अवधि, सिंक, एक्सपोर्ट
shortcuts-sync = दिखाए जा रहे अकाउंट को सिंक करें
shortcuts-close-window = विंडो बंद करें (जहाँ ट्रे है, वहाँ Spool ट्रे में चलता रहता है)
shortcuts-chart = चार्ट पर फ़ोकस होने पर उसकी वैल्यू पढ़ें
shortcuts-this-list = यह सूची
shortcuts-close-dialogs = पैलेट या यह सूची बंद करें
shortcuts-close = बंद करें

## विंडो का ढाँचा: साइडबार

# $version is Spool's version ("0.1.0").
app-version = Spool { $version }
# The sidebar, as screen readers name it.
app-screens = स्क्रीन
app-show-account = दिखाया जाने वाला अकाउंट
# The badge of the demo account.
app-demo-badge = डेमो
# An account in the sidebar's switcher: $account is its handle (@name).
app-account-demo = { $account } (डेमो)
# The window could not reach Spool's native side: $detail says what failed, in technical words.
app-ipc-failed = Spool की विंडो ऐप से संपर्क नहीं कर सकी: { $detail }। Spool को रीस्टार्ट करें; अगर ऐसा बार-बार हो, तो कृपया इसकी रिपोर्ट करें।
# $detail when nothing says what failed.
app-ipc-unknown = एक अज्ञात गड़बड़ी

## स्क्रीन के ऊपर के बैनर

# $account is a handle (@name), drawn in bold.
banner-needs-login = Threads अब { $account } का लॉगिन स्वीकार नहीं करता। इसकी इनसाइट्स अप-टू-डेट रखने के लिए फिर से लॉग इन करें; Spool में सेव किया गया डेटा बना रहेगा।
banner-log-in-again = फिर से लॉग इन करें
banner-dismiss = हटाएँ
# Folds what Meta's support would ask for about an error.
banner-details = विवरण

## सेटिंग्स → अकाउंट

settings-accounts = अकाउंट
settings-no-account = अभी कोई अकाउंट नहीं है: डेमो आज़माएँ या नीचे अपना अकाउंट कनेक्ट करें।
settings-needs-login = फिर से लॉग इन ज़रूरी है
# $date is a date.
settings-login-valid-until = लॉगिन { $date } तक मान्य है
settings-show-account = दिखाएँ
settings-shown = दिखाया जा रहा है
settings-log-out = लॉग आउट करें
# $account is a handle (@name).
settings-logged-out = { $account } लॉग आउट हो गया है: Spool ने इस कंप्यूटर से इसके लॉगिन की हर कॉपी मिटा दी है। Threads पर भी Spool की पहुँच हटाने के लिए, Threads खोलें: सेटिंग्स → अकाउंट → वेबसाइट अनुमतियाँ।

## सेटिंग्स → अकाउंट कनेक्ट करें

settings-connect = अकाउंट कनेक्ट करें
settings-demo-note = अभी तक Meta ऐप नहीं है? डेमो अकाउंट Spool को 18 महीनों की सिम्युलेटेड इनसाइट्स के साथ दिखाता है; इसके लिए लॉग इन की ज़रूरत नहीं है।
settings-try-demo = डेमो आज़माएँ
settings-demo-starting = डेमो शुरू हो रहा है…
settings-own-account = आपका अपना Threads अकाउंट
settings-own-account-note = Meta किसी ऐप को सिर्फ़ उन्हीं लोगों की इनसाइट्स पढ़ने देता है जिन्हें वह टेस्टर के रूप में जोड़ता है, इसलिए Spool आपके अपने Meta ऐप के ज़रिए लॉग इन करता है। इसे सेट अप करने में एक बार लगभग पाँच मिनट लगते हैं।
# Names in Meta's developer dashboard, drawn in bold in the steps below.
settings-meta-use-case = Access the Threads API
settings-meta-roles = Roles → Roles
settings-meta-tester = Threads Tester
settings-meta-use-case-settings = Use cases → Customize → Settings
settings-meta-basic = App settings → Basic
settings-meta-app-id = Threads app ID
settings-meta-app-secret = Threads app secret
# $usecase is settings-meta-use-case.
settings-step-create-app = developers.facebook.com पर एक ऐप बनाएँ और यूज़ केस { $usecase } चुनें।
# $roles is settings-meta-roles, $tester settings-meta-tester. The path at the end is Threads' own menus.
settings-step-tester = ऐप के { $roles } में ख़ुद को { $tester } के रूप में जोड़ें, फिर Threads में आमंत्रण स्वीकार करें (सेटिंग्स → अकाउंट → वेबसाइट अनुमतियाँ → आमंत्रण)।
# $place is settings-meta-use-case-settings.
settings-step-redirect = { $place } में, यह रीडायरेक्ट कॉलबैक URL बिल्कुल ऐसा ही जोड़ें:
settings-login-port = Spool आपके कंप्यूटर के इस पोर्ट पर लॉगिन प्राप्त करता है
settings-change-port = पोर्ट बदलें
settings-port-invalid = पोर्ट 1024 से 65535 तक की कोई पूर्ण संख्या होती है।
# $place is settings-meta-basic, $id settings-meta-app-id, $secret settings-meta-app-secret.
settings-step-app-id = { $place } से { $id } और { $secret } (Facebook ऐप ID नहीं) कॉपी करके यहाँ डालें:
settings-app-id = Threads ऐप ID
settings-app-secret = Threads ऐप सीक्रेट
settings-app-secret-saved = सेव किया गया (बदलने के लिए फिर से डालें)
settings-save-app = सेव करें
settings-log-in = Threads से लॉग इन करें
settings-save-app-first = पहले ऐप ID और सीक्रेट सेव करें।
settings-login-browser-opened = आपके ब्राउज़र में Threads लॉगिन खुल गया है। वहाँ Spool को अनुमति दें; यह पेज अपने आप आगे बढ़ जाएगा।
settings-login-open-address = यह पता अपने ब्राउज़र में खोलें और Spool को अनुमति दें; यह पेज अपने आप आगे बढ़ जाएगा:
settings-login-certificate = ब्राउज़र एक बार चेतावनी देता है कि 127.0.0.1 से कनेक्शन निजी नहीं है: आपके कंप्यूटर पर लॉगिन प्राप्त करने के लिए Spool ने यह सर्टिफ़िकेट ख़ुद बनाया है। उन्नत (Advanced) → आगे बढ़ें (Proceed) चुनें।
settings-login-paste-address = या वह पता पेस्ट करें जिस पर ब्राउज़र पहुँचा
settings-login-continue = जारी रखें
settings-login-cancel = रद्द करें
settings-login-errors = अगर Threads कोई गड़बड़ी दिखाए
# $address is the redirect address, drawn as code.
settings-login-errors-note = रजिस्टर करने के लिए रीडायरेक्ट पता { $address } है। नीचे Threads के एरर पेज का पता पेस्ट करने पर पता चलता है कि इनमें से कौन-सी गड़बड़ी है।
# One row of that list: $code is Meta's error code (drawn in bold); $meaning and $fix are
# the row's login-window-…-meaning and login-window-…-fix.
settings-login-window-error = { $code }: { $meaning }। { $fix }
settings-token-label = या ऐप के User Token Generator से लंबे समय तक चलने वाला टोकन पेस्ट करें
settings-token-log-in = टोकन से लॉग इन करें
settings-copy = कॉपी करें
settings-copied = कॉपी हो गया

## Threads की लॉग इन विंडो की गड़बड़ियों का मतलब और क्या बदलें, Meta के एरर कोड के हिसाब से

login-window-1349168-meaning = Spool ने जो रीडायरेक्ट पता भेजा, वह ऐप के लिए रजिस्टर नहीं है
login-window-1349168-fix = Meta ऐप डैशबोर्ड में Use cases → Access the Threads API → Settings खोलें और Spool की सेटिंग्स में दिखने वाला रीडायरेक्ट पता ठीक वैसा ही (https, 127.0.0.1, वही पोर्ट और पाथ) "Redirect Callback URLs" में जोड़ें; सेव करें, फिर दोबारा लॉग इन करें।
login-window-1349026-meaning = ऐप ID, Threads ऐप ID नहीं है: आम तौर पर Facebook ऐप ID डाल दी गई होती है
login-window-1349026-fix = Meta ऐप डैशबोर्ड में App settings → Basic खोलें और "Threads app ID" व "Threads app secret" (पेज में सबसे ऊपर वाली App ID नहीं) Spool की सेटिंग्स में कॉपी करें, फिर दोबारा लॉग इन करें।
login-window-4476002-meaning = विंडो तक कोई काम की ऐप ID नहीं पहुँची: Facebook ऐप ID डाली गई थी, या threads.net से threads.com पर रीडायरेक्ट होते समय पते की क्वेरी खो गई
login-window-4476002-fix = जाँचें कि Spool की सेटिंग्स में App settings → Basic वाली "Threads app ID" (Facebook App ID नहीं) है, फिर Spool से लॉग इन दोबारा शुरू करें, जो सीधे www.threads.com खोलता है।
login-window-1349245-meaning = Threads अकाउंट ने अभी तक ऐप के टेस्टर का आमंत्रण स्वीकार नहीं किया है
login-window-1349245-fix = Meta ऐप डैशबोर्ड में App roles → Roles → Threads Testers के तहत अकाउंट जोड़ें; फिर Threads में सेटिंग्स → अकाउंट → वेबसाइट अनुमतियाँ → आमंत्रण खोलें और आमंत्रण स्वीकार करें। उसके बाद उसी अकाउंट से दोबारा लॉग इन करें।
login-window-1349187-meaning = रीडायरेक्ट पता https नहीं है
login-window-1349187-fix = https वाला रीडायरेक्ट पता रजिस्टर करें और उसी का इस्तेमाल करें: Spool का अपना पता वही https://127.0.0.1 पता है जो उसकी सेटिंग्स में दिखता है। सादा http और कस्टम स्कीम अस्वीकार किए जाते हैं।
login-window-1-meaning = Meta अनुरोध नहीं पढ़ सका: ऐप ID संख्या नहीं है, या क्वेरी रास्ते में खो गई, या कोई अस्थायी गड़बड़ी हुई
login-window-1-fix = जाँचें कि Spool की सेटिंग्स में Threads ऐप ID वही संख्या है जो App settings → Basic में है, और उसमें कोई स्पेस नहीं है, फिर Spool से लॉग इन दोबारा शुरू करें। अगर समस्या बनी रहे, तो कुछ मिनट बाद फिर से कोशिश करें।

## सेटिंग्स → आपका डेटा

settings-your-data = आपका डेटा
settings-data-note = Spool आपके लॉगिन, आपके Meta ऐप का सीक्रेट, आपकी सेटिंग्स और हर सिंक का इतिहास इस कंप्यूटर पर अपने डेटा फ़ोल्डर में रखता है, और कहीं नहीं।
settings-remove-all = सारा डेटा हटाएँ…
settings-remove-question = इस कंप्यूटर से हर लॉगिन, हर सेटिंग और पूरा इतिहास हटाएँ?
settings-remove-warning = Threads आपकी पोस्ट रखता है; पर जो सिर्फ़ Spool रखता है (समय के साथ फ़ॉलोअर्स, हर पोस्ट की बढ़त), वह वापस नहीं लाया जा सकता। अगर आपको इसकी ज़रूरत पड़ सकती है, तो पहले बैकअप लें।
settings-remove-confirm = सब कुछ हटाएँ
settings-remove-cancel = मेरा डेटा रखें
settings-removed = हर लॉगिन, हर सेटिंग और इतिहास हटा दिया गया।

## सेटिंग्स → परिचय

settings-about = परिचय
settings-loading = लोड हो रहा है…
settings-about-version = वर्शन
settings-about-data-folder = डेटा फ़ोल्डर
settings-about-log-folder = लॉग फ़ोल्डर
settings-about-system = सिस्टम
settings-about-logins = लॉगिन
# $store is the system's credential store ("the macOS Keychain").
settings-secrets-system-store = डिस्क पर एन्क्रिप्ट करके रखे गए हैं; कुंजी { $store } के पास है।
# $path is a file's path.
settings-secrets-key-file = डिस्क पर एन्क्रिप्ट करके रखे गए हैं, पर सिस्टम के किसी क्रेडेंशियल स्टोर ने जवाब नहीं दिया, इसलिए कुंजी { $path } में रखी गई है, जिसे सिर्फ़ आप पढ़ सकते हैं: जो भी आपकी फ़ाइलें पढ़ सकता है, वह आपके लॉगिन भी पढ़ सकता है।
settings-secrets-memory = सिर्फ़ मेमोरी में रखे गए हैं।
