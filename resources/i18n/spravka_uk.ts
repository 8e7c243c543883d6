<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Spravka</source>
        <translation>Про програму «Справка»</translation>
    </message>
    <message>
        <source>A catalogue of archival certificates on victims of Soviet political repression: every document, its text and what it claims, and where the documents contradict each other.</source>
        <translation>Каталог архівних довідок про жертв радянських політичних репресій: кожен документ, його текст і що він повідомляє — і де документи суперечать один одному.</translation>
    </message>
    <message>
        <source>It works offline: nothing leaves this computer.</source>
        <translation>Програма працює без інтернету: ніщо не залишає цей комп&apos;ютер.</translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2</source>
        <translation>Qt %1, PySide6 %2</translation>
    </message>
    <message>
        <source>Python %1 on %2</source>
        <translation>Python %1, %2</translation>
    </message>
    <message>
        <source>Text recognition: looking for Tesseract…</source>
        <translation>Розпізнавання тексту: шукаємо Tesseract…</translation>
    </message>
    <message>
        <source>Text recognition: Tesseract %1 (%2)</source>
        <translation>Розпізнавання тексту: Tesseract %1 (%2)</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>російська</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>українська</translation>
    </message>
    <message>
        <source>English</source>
        <translation>англійська</translation>
    </message>
    <message>
        <source>present</source>
        <translation>встановлено</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>To read those languages, install %1.</source>
        <translation>Щоб розпізнавати ці мови, встановіть %1.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear the text</source>
        <translation>Очистити текст</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The catalogue is open elsewhere</source>
        <translation>Каталог відкрито в іншому вікні</translation>
    </message>
    <message>
        <source>The catalogue %1 is open in another Spravka window. Only one window at a time may change a catalogue, so that no change is lost.</source>
        <translation>Каталог %1 відкрито в іншому вікні «Справки». Змінювати каталог може лише одне вікно водночас — так жодна зміна не загубиться.</translation>
    </message>
    <message>
        <source>You can open it read-only here (to read, search and export), or choose another catalogue.</source>
        <translation>Тут його можна відкрити лише для читання (читати, шукати й вивантажувати) або вибрати інший каталог.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Відкрити лише для читання</translation>
    </message>
    <message>
        <source>Choose another catalogue…</source>
        <translation>Вибрати інший каталог…</translation>
    </message>
    <message>
        <source>The catalogue could not be opened</source>
        <translation>Не вдалося відкрити каталог</translation>
    </message>
    <message>
        <source>The catalogue could not be created</source>
        <translation>Не вдалося створити каталог</translation>
    </message>
    <message>
        <source>The catalogue&apos;s database is damaged, so nothing will be written to it. Help ▸ Check the catalogue&apos;s integrity shows what is wrong and restores the newest good automatic backup into a new folder.</source>
        <translation>Базу даних каталогу пошкоджено, тому до неї нічого не буде записано. «Довідка ▸ Перевірити цілісність каталогу» покаже, що не так, і відновить найновішу справну автоматичну копію в нову теку.</translation>
    </message>
    <message>
        <source>This catalogue is open in another Spravka window, which alone may change it. To make changes here, close the other window and open the catalogue again.</source>
        <translation>Цей каталог відкрито в іншому вікні «Справки», і змінювати його може лише воно. Щоб вносити зміни тут, закрийте те вікно й відкрийте каталог знову.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s folder cannot be written (a read-only disk, or no permission).</source>
        <translation>До теки каталогу не можна записувати (диск лише для читання або немає прав).</translation>
    </message>
    <message>
        <source>The sample catalogue could not be made</source>
        <translation>Не вдалося створити приклад каталогу</translation>
    </message>
    <message>
        <source>Choose a catalogue folder</source>
        <translation>Виберіть теку каталогу</translation>
    </message>
    <message>
        <source>Name a new folder for the catalogue (or choose an empty one)</source>
        <translation>Назвіть нову теку для каталогу (або виберіть порожню)</translation>
    </message>
    <message>
        <source>Spravka catalogue</source>
        <translation>Каталог Довідки</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Person:</source>
        <translation>Особа:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Подія:</translation>
    </message>
    <message>
        <source>e.g. 20.10.1937, 10.1937 or 1937</source>
        <translation>наприклад, 20.10.1937, 10.1937 або 1937</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Стаття:</translation>
    </message>
    <message>
        <source>&amp;Sentence:</source>
        <translation>&amp;Вирок:</translation>
    </message>
    <message>
        <source>&amp;Cause of death:</source>
        <translation>&amp;Причина смерті:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Підстава:</translation>
    </message>
    <message>
        <source>The court, troika or office that decided, as written</source>
        <translation>Суд, трійка чи орган, що ухвалив рішення, — як у документі</translation>
    </message>
    <message>
        <source>e.g. 58-10 or 54-10</source>
        <translation>наприклад, 58-10 або 54-10</translation>
    </message>
    <message>
        <source>e.g. ВМН or 10 лет ИТЛ</source>
        <translation>наприклад, ВМН або 10 лет ИТЛ</translation>
    </message>
    <message>
        <source>e.g. за отсутствием состава преступления</source>
        <translation>наприклад, за отсутствием состава преступления</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примітка:</translation>
    </message>
    <message>
        <source>&amp;Quoted words:</source>
        <translation>&amp;Цитата:</translation>
    </message>
    <message>
        <source> (the selected words are marked on the page)</source>
        <translation> (виділені слова позначено на сторінці)</translation>
    </message>
    <message>
        <source>Cited document kept as it is</source>
        <translation>Посилання на документ залишається незмінним</translation>
    </message>
    <message>
        <source>No document: the claim is your own conclusion</source>
        <translation>Без документа: це ваш власний висновок</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Джерело:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Джерело:</translation>
    </message>
    <message>
        <source>Write the date as 20.10.1937, 10.1937, 1937 or 1937-10-20.</source>
        <translation>Запишіть дату як 20.10.1937, 10.1937, 1937 або 1937-10-20.</translation>
    </message>
</context>
<context>
    <name>ClaimRow</name>
    <message>
        <source>This claim is part of a flag or a disagreement</source>
        <translation>Ці відомості стосуються позначки або суперечності</translation>
    </message>
    <message>
        <source>Open the page with the cited words marked</source>
        <translation>Відкрити сторінку з позначеними словами</translation>
    </message>
    <message>
        <source>Suggested by the program; not yet accepted</source>
        <translation>Запропоновано програмою; ще не прийнято</translation>
    </message>
</context>
<context>
    <name>ClaimText</name>
    <message>
        <source>art. %1</source>
        <translation>ст. %1</translation>
    </message>
    <message>
        <source>sentence: %1</source>
        <translation>вирок: %1</translation>
    </message>
    <message>
        <source>cause: %1</source>
        <translation>причина: %1</translation>
    </message>
    <message>
        <source>your conclusion</source>
        <translation>ваш висновок</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> %1 р.</translation>
    </message>
    <message>
        <source>, p. %1</source>
        <translation>, с. %1</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <source>Check the catalogue&apos;s integrity</source>
        <translation>Перевірка цілісності каталогу</translation>
    </message>
    <message>
        <source>Checking the database, every image and the search index…</source>
        <translation>Перевіряються база даних, усі зображення та пошуковий індекс…</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Що знайшла перевірка</translation>
    </message>
    <message>
        <source>Restore the backup into a new folder</source>
        <translation>Відновити копію в нову теку</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>Базу даних неможливо прочитати</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Базу даних пошкоджено</translation>
    </message>
    <message>
        <source>A row refers to a record that does not exist</source>
        <translation>Рядок посилається на запис, якого не існує</translation>
    </message>
    <message>
        <source>An image no longer matches its SHA-256 (damaged)</source>
        <translation>Зображення не збігається зі своєю сумою SHA-256 (пошкоджене)</translation>
    </message>
    <message>
        <source>An image the database refers to is missing</source>
        <translation>Немає зображення, на яке посилається база даних</translation>
    </message>
    <message>
        <source>An image no record refers to (harmless)</source>
        <translation>Зображення, на яке не посилається жоден запис (нешкідливо)</translation>
    </message>
    <message>
        <source>A stray file in the image store (harmless)</source>
        <translation>Сторонній файл у сховищі зображень (нешкідливо)</translation>
    </message>
    <message>
        <source>The search index is of an older version</source>
        <translation>Пошуковий індекс старої версії</translation>
    </message>
    <message>
        <source>Records are missing from the search index</source>
        <translation>У пошуковому індексі бракує записів</translation>
    </message>
    <message>
        <source>Page texts are out of step with the search index</source>
        <translation>Тексти сторінок розходяться з пошуковим індексом</translation>
    </message>
    <message>
        <source>The full-text index is damaged</source>
        <translation>Повнотекстовий індекс пошкоджено</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Пошкоджено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>An intact copy of image %1 is in %2</source>
        <translation>Ціла копія зображення %1 є в %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) checked.</source>
        <translation>
            <numerusform>%n зображення перевірено.</numerusform>
            <numerusform>%n зображення перевірено.</numerusform>
            <numerusform>%n зображень перевірено.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue is healthy.</source>
        <translation>Каталог у порядку.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s database is damaged; nothing will be written to it. The newest automatic backup that passes the same checks is %1. It can be restored into a new folder; the damaged catalogue is left as it is.</source>
        <translation>Базу даних каталогу пошкоджено; до неї нічого не буде записано. Найновіша автоматична копія, що пройшла ті самі перевірки: %1. Її можна відновити в нову теку; пошкоджений каталог залишиться як є.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s database is damaged, and no automatic backup passes the checks. Restore a backup of your own (File ▸ Restore a backup…).</source>
        <translation>Базу даних каталогу пошкоджено, і жодна автоматична копія не пройшла перевірок. Відновіть власну резервну копію («Файл ▸ Відновити з копії…»).</translation>
    </message>
    <message>
        <source>The search index is out of step: run `spravka reindex` to rebuild it.</source>
        <translation>Пошуковий індекс розходиться з даними: перебудуйте його командою `spravka reindex`.</translation>
    </message>
    <message>
        <source>The catalogue has damaged or missing images.</source>
        <translation>У каталозі є пошкоджені або відсутні зображення.</translation>
    </message>
    <message>
        <source>The backup was restored into %1.</source>
        <translation>Копію відновлено в %1.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document details</source>
        <translation>Реквізити документа</translation>
    </message>
    <message>
        <source>e.g. Бюро ЗАГС Кировского района г. Иркутска</source>
        <translation>наприклад, Бюро ЗАГС Кировского района г. Иркутска</translation>
    </message>
    <message>
        <source>e.g. 12.11.1957</source>
        <translation>наприклад, 12.11.1957</translation>
    </message>
    <message>
        <source>For civil registry certificates: the date of the act record, which a repeat certificate copies from the original</source>
        <translation>Для свідоцтв РАЦС: дата актового запису, яку повторне свідоцтво переписує з першого</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>архів</translation>
    </message>
    <message>
        <source>fond</source>
        <translation>фонд</translation>
    </message>
    <message>
        <source>opis</source>
        <translation>опис</translation>
    </message>
    <message>
        <source>delo</source>
        <translation>справа</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>аркуші</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Ким видано:</translation>
    </message>
    <message>
        <source>Date of &amp;issue:</source>
        <translation>Дата в&amp;идачі:</translation>
    </message>
    <message>
        <source>&amp;Act record of:</source>
        <translation>Дата &amp;актового запису:</translation>
    </message>
    <message>
        <source>Archive reference:</source>
        <translation>Архівний шифр:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>Write the date as 12.11.1957, 11.1957 or 1957.</source>
        <translation>Запишіть дату як 12.11.1957, 11.1957 або 1957.</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>Claim %1 says the same as claim %2, already recorded: nothing added.</source>
        <translation>Твердження %1 повторює вже записане твердження %2: нічого не додано.</translation>
    </message>
    <message>
        <source>Link document %1 to a person</source>
        <translation>Пов’язати документ %1 з людиною</translation>
    </message>
    <message>
        <source>New person from document %1</source>
        <translation>Нова людина з документа %1</translation>
    </message>
    <message>
        <source>Link a person to document %1</source>
        <translation>Пов’язати людину з документом %1</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Прибрати зв’язок</translation>
    </message>
    <message>
        <source>This document is linked to no one.</source>
        <translation>Цей документ ні з ким не пов’язаний.</translation>
    </message>
    <message>
        <source>Person to unlink:</source>
        <translation>З ким прибрати зв’язок:</translation>
    </message>
    <message>
        <source>Unlink a person from document %1</source>
        <translation>Прибрати зв’язок людини з документом %1</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Tag (a box, a family, a batch):</source>
        <translation>Мітка (коробка, родина, партія):</translation>
    </message>
    <message>
        <source>Tag document %1 «%2»</source>
        <translation>Мітка «%2» на документі %1</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Зняти мітку</translation>
    </message>
    <message>
        <source>Tag to take off:</source>
        <translation>Яку мітку зняти:</translation>
    </message>
    <message>
        <source>Remove tag «%2» from document %1</source>
        <translation>Зняти мітку «%2» з документа %1</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Видано</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Стор.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Ким видано</translation>
    </message>
    <message>
        <source>Archive reference</source>
        <translation>Архівний шифр</translation>
    </message>
    <message>
        <source>The first page; click to sort by when the document was added</source>
        <translation>Перша сторінка; клацніть, щоб упорядкувати за часом додавання</translation>
    </message>
    <message>
        <source>Kind of document; click to sort</source>
        <translation>Вид документа; клацніть, щоб упорядкувати</translation>
    </message>
    <message>
        <source>Title; click to sort</source>
        <translation>Назва; клацніть, щоб упорядкувати</translation>
    </message>
    <message>
        <source>Persons the document concerns</source>
        <translation>Люди, про яких документ</translation>
    </message>
    <message>
        <source>Date of issue; click to sort</source>
        <translation>Дата видачі; клацніть, щоб упорядкувати</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Кількість сторінок</translation>
    </message>
    <message>
        <source>Whether the pages&apos; text has been read and corrected</source>
        <translation>Чи розпізнано текст сторінок і чи виправлено його</translation>
    </message>
    <message>
        <source>Who issued the document</source>
        <translation>Хто видав документ</translation>
    </message>
    <message>
        <source>Archive, fond, opis, delo and sheets</source>
        <translation>Архів, фонд, опис, справа й аркуші</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(видалено)</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> і ще %n</numerusform>
            <numerusform> і ще %n</numerusform>
            <numerusform> і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Документ %1</translation>
    </message>
    <message>
        <source>linked to no one</source>
        <translation>ні з ким не пов’язаний</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Words to find in the documents</source>
        <translation>Слова для пошуку в документах</translation>
    </message>
    <message>
        <source>Find words in titles, issuers and texts…</source>
        <translation>Пошук у назвах, органах видачі й текстах…</translation>
    </message>
    <message>
        <source>&amp;Inbox: linked to no one</source>
        <translation>&amp;Вхідні: ні з ким не пов’язані</translation>
    </message>
    <message>
        <source>Show only documents linked to no one</source>
        <translation>Показувати лише документи, ні з ким не пов’язані</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Усі види</translation>
    </message>
    <message>
        <source>State of the text</source>
        <translation>Стан тексту</translation>
    </message>
    <message>
        <source>Any text state</source>
        <translation>Будь-який стан тексту</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Будь-яка мітка</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>&amp;Link person…</source>
        <translation>&amp;Пов’язати з людиною…</translation>
    </message>
    <message>
        <source>Ta&amp;g…</source>
        <translation>&amp;Мітка…</translation>
    </message>
    <message>
        <source>Remo&amp;ve tag…</source>
        <translation>Зн&amp;яти мітку…</translation>
    </message>
    <message>
        <source>Take a tag off the selected document</source>
        <translation>Зняти мітку з вибраного документа</translation>
    </message>
    <message>
        <source>Find its pe&amp;rson</source>
        <translation>&amp;Знайти, про кого він</translation>
    </message>
    <message>
        <source>Link a person to the selected document</source>
        <translation>Пов’язати людину з вибраним документом</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>&amp;Прибрати зв’язок…</translation>
    </message>
    <message>
        <source>Remove a person&apos;s link to the selected document</source>
        <translation>Прибрати зв’язок людини з вибраним документом</translation>
    </message>
    <message>
        <source>Put a tag on the selected document</source>
        <translation>Поставити мітку на вибраний документ</translation>
    </message>
    <message>
        <source>Find the person the selected document&apos;s text names</source>
        <translation>Знайти людину, названу в тексті вибраного документа</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документи</numerusform>
            <numerusform>%n документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the inbox</source>
        <translation>
            <numerusform>%n у вхідних</numerusform>
            <numerusform>%n у вхідних</numerusform>
            <numerusform>%n у вхідних</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Dossier</source>
        <translation>Досьє</translation>
    </message>
    <message>
        <source>Choose a person in the list to see their dossier.</source>
        <translation>Виберіть особу в списку, щоб побачити її досьє.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Змінити…</translation>
    </message>
    <message>
        <source>Edit this person&apos;s names and details (F2)</source>
        <translation>Змінити ім’я та відомості про особу (F2)</translation>
    </message>
    <message>
        <source>born %1, %2</source>
        <translation>нар. %1, %2</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>нар. %1</translation>
    </message>
    <message>
        <source>born in %1</source>
        <translation>місце народження: %1</translation>
    </message>
    <message>
        <source>lived in %1</source>
        <translation>проживав(ла): %1</translation>
    </message>
    <message>
        <source>Also written as: %1</source>
        <translation>Інші написання: %1</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <source>Suggested from the text (%1)</source>
        <translation>Запропоновано за текстом (%1)</translation>
    </message>
    <message>
        <source>The documents disagree about how and when the person died</source>
        <translation>Документи розходяться в тому, як і коли людина загинула</translation>
    </message>
    <message>
        <source>The documents disagree about the birth</source>
        <translation>Документи розходяться у відомостях про народження</translation>
    </message>
    <message>
        <source>The documents disagree about the arrest</source>
        <translation>Документи розходяться у відомостях про арешт</translation>
    </message>
    <message>
        <source>The documents disagree about the sentence</source>
        <translation>Документи розходяться у відомостях про вирок</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата невідома</translation>
    </message>
    <message>
        <source>Open the page this claim comes from</source>
        <translation>Відкрити сторінку, звідки взято ці відомості</translation>
    </message>
    <message>
        <source>What the documents say</source>
        <translation>Що кажуть документи</translation>
    </message>
    <message>
        <source>Add claim…</source>
        <translation>Додати відомості…</translation>
    </message>
    <message>
        <source>Record what a document (or your research) states</source>
        <translation>Записати, що стверджує документ (або ваше дослідження)</translation>
    </message>
    <message>
        <source>No claims yet. Add what the documents state.</source>
        <translation>Відомостей поки немає. Додайте те, що повідомляють документи.</translation>
    </message>
    <message>
        <source>Edit claim…</source>
        <translation>Змінити відомості…</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Видалити відомості</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>No documents are linked to this person yet.</source>
        <translation>З цією особою поки не пов’язано жодного документа.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Persons recorded twice</source>
        <translation>Особи, записані двічі</translation>
    </message>
    <message>
        <source>Looking for persons recorded twice…</source>
        <translation>Пошук осіб, записаних двічі…</translation>
    </message>
    <message>
        <source>Pairs that may be one person</source>
        <translation>Пари, що можуть бути однією особою</translation>
    </message>
    <message>
        <source>Keep the left record, merge the right into it</source>
        <translation>Залишити лівий запис, приєднати до нього правий</translation>
    </message>
    <message>
        <source>Keep the right record, merge the left into it</source>
        <translation>Залишити правий запис, приєднати до нього лівий</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be one person, most alike first.</source>
        <translation>
            <numerusform>%n пара, що може бути однією особою; найсхожіші першими.</numerusform>
            <numerusform>%n пари, що можуть бути однією особою; найсхожіші першими.</numerusform>
            <numerusform>%n пар, що можуть бути однією особою; найсхожіші першими.</numerusform>
        </translation>
    </message>
    <message>
        <source>No persons seem to be recorded twice.</source>
        <translation>Схоже, ніхто не записаний двічі.</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>The records differ (both are kept): %1</source>
        <translation>Записи розходяться (зберігається і те, і інше): %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>нар. %1</translation>
    </message>
    <message>
        <source>Also written as: %1</source>
        <translation>Пишеться також: %1</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата невідома</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документи</numerusform>
            <numerusform>%n документів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Нова особа…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Змінити відомості про особу…</translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation>&amp;Видалити особу</translation>
    </message>
    <message>
        <source>&amp;Add claim…</source>
        <translation>&amp;Додати відомості…</translation>
    </message>
    <message>
        <source>Edit &amp;claim…</source>
        <translation>Змінити &amp;відомості…</translation>
    </message>
    <message>
        <source>De&amp;lete claim</source>
        <translation>Ви&amp;далити відомості</translation>
    </message>
    <message>
        <source>&amp;Paste a record…</source>
        <translation>&amp;Вставити запис…</translation>
    </message>
    <message>
        <source>Read a Memorial or Book-of-Memory record into a person and claims</source>
        <translation>Прочитати запис «Меморіалу» або Книги пам&apos;яті у відомості про особу</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Нова особа</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Додати: %1</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Відомості про особу</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Змінити: %1</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Видалити особу</translation>
    </message>
    <message>
        <source>Delete %1 with all their claims and flags? Their documents stay in the catalogue. You can undo this with %2.</source>
        <translation>Видалити %1 разом з усіма відомостями та позначками? Документи залишаться в каталозі. Видалення можна скасувати клавішами %2.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Видалити: %1</translation>
    </message>
    <message>
        <source>Add the record of %1</source>
        <translation>Додати запис: %1</translation>
    </message>
    <message>
        <source>New claim about %1</source>
        <translation>Нові відомості: %1</translation>
    </message>
    <message>
        <source>Create claim</source>
        <translation>Створити відомості</translation>
    </message>
    <message>
        <source>Choose the person this document is about in the list first.</source>
        <translation>Спершу виберіть у списку особу, про яку цей документ.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> від %1</translation>
    </message>
    <message>
        <source>, page %1</source>
        <translation>, сторінка %1</translation>
    </message>
    <message>
        <source>New claim from the selected words</source>
        <translation>Нові відомості з виділених слів</translation>
    </message>
    <message>
        <source>Add claim: %1</source>
        <translation>Додати відомості: %1</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Змінити відомості</translation>
    </message>
    <message>
        <source>Edit claim: %1</source>
        <translation>Змінити відомості: %1</translation>
    </message>
    <message>
        <source>Delete claim: %1</source>
        <translation>Видалити відомості: %1</translation>
    </message>
    <message>
        <source>Confirm flag</source>
        <translation>Підтвердити позначку</translation>
    </message>
    <message>
        <source>Dismiss flag</source>
        <translation>Відхилити позначку</translation>
    </message>
    <message>
        <source>Review flag again</source>
        <translation>Повернути позначку на перевірку</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested claim(s)</source>
        <translation>
            <numerusform>Прийняти %n запропоновані відомості</numerusform>
            <numerusform>Прийняти %n запропонованих відомостей</numerusform>
            <numerusform>Прийняти %n запропонованих відомостей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n suggested claim(s)</source>
        <translation>
            <numerusform>Відхилити %n запропоновані відомості</numerusform>
            <numerusform>Відхилити %n запропонованих відомостей</numerusform>
            <numerusform>Відхилити %n запропонованих відомостей</numerusform>
        </translation>
    </message>
    <message>
        <source>Propose claims</source>
        <translation>Запропонувати відомості</translation>
    </message>
    <message>
        <source>Nothing new to propose from this page.</source>
        <translation>На цій сторінці немає нічого нового, що можна запропонувати.</translation>
    </message>
    <message numerus="yes">
        <source>Propose %n claim(s) from the page</source>
        <translation>
            <numerusform>Запропонувати %n відомості зі сторінки</numerusform>
            <numerusform>Запропонувати %n відомостей зі сторінки</numerusform>
            <numerusform>Запропонувати %n відомостей зі сторінки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) proposed: accept or reject them in the dossier.</source>
        <translation>
            <numerusform>Запропоновано %n відомості: прийміть або відхиліть їх у досьє.</numerusform>
            <numerusform>Запропоновано %n відомостей: прийміть або відхиліть їх у досьє.</numerusform>
            <numerusform>Запропоновано %n відомостей: прийміть або відхиліть їх у досьє.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate page</source>
        <translation>Повернути сторінку</translation>
    </message>
    <message>
        <source>Crop page</source>
        <translation>Обрізати сторінку</translation>
    </message>
    <message>
        <source>Undo crop</source>
        <translation>Скасувати обрізання</translation>
    </message>
    <message>
        <source>Straighten page</source>
        <translation>Вирівняти сторінку</translation>
    </message>
    <message>
        <source>Adjust page image</source>
        <translation>Налаштувати зображення сторінки</translation>
    </message>
</context>
<context>
    <name>ExportPrivacyDialog</name>
    <message>
        <source>Living people</source>
        <translation>Живі люди</translation>
    </message>
    <message>
        <source>A person born less than 100 years ago with no death, execution or burial in the catalogue is presumed living (or marked so by hand).</source>
        <translation>Людина, що народилася менше ніж 100 років тому, про смерть, розстріл або поховання якої в каталозі немає відомостей, вважається живою (або позначена так вручну).</translation>
    </message>
    <message>
        <source>&amp;Names only: no dates, places, notes or documents</source>
        <translation>&amp;Лише імена: без дат, місць, нотаток і документів</translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation>&amp;Не включати їх</translation>
    </message>
    <message>
        <source>&amp;Everything, as in the catalogue</source>
        <translation>&amp;Усе, як у каталозі</translation>
    </message>
    <message>
        <source>Include &amp;private notes, claims and documents</source>
        <translation>Включити &amp;особисті нотатки, твердження й документи</translation>
    </message>
</context>
<context>
    <name>FamilyActions</name>
    <message>
        <source>Add &amp;relative…</source>
        <translation>Додати &amp;родича…</translation>
    </message>
    <message>
        <source>Add a parent, spouse, child or sibling of this person</source>
        <translation>Додати батька чи матір, чоловіка чи дружину, дитину, брата чи сестру цієї особи</translation>
    </message>
    <message>
        <source>Find persons recorded &amp;twice…</source>
        <translation>Знайти осіб, записаних &amp;двічі…</translation>
    </message>
    <message>
        <source>Pairs of records that may be one person, with a merge</source>
        <translation>Пари записів, що можуть бути однією особою, та їх об&apos;єднання</translation>
    </message>
    <message>
        <source>Add a relative of %1</source>
        <translation>Додати родича: %1</translation>
    </message>
    <message>
        <source>Remove a relationship</source>
        <translation>Вилучити родинний зв&apos;язок</translation>
    </message>
    <message>
        <source>Accept a relative</source>
        <translation>Прийняти родича</translation>
    </message>
    <message>
        <source>Dismiss a relative</source>
        <translation>Відхилити родича</translation>
    </message>
    <message>
        <source>Merge two records of one person</source>
        <translation>Об&apos;єднати два записи однієї особи</translation>
    </message>
</context>
<context>
    <name>FamilyPanel</name>
    <message>
        <source>Family</source>
        <translation>Родина</translation>
    </message>
    <message>
        <source>Add relative…</source>
        <translation>Додати родича…</translation>
    </message>
    <message>
        <source>Add a parent, spouse, child or sibling</source>
        <translation>Додати батька чи матір, чоловіка чи дружину, дитину, брата чи сестру</translation>
    </message>
    <message>
        <source>Family member of a traitor to the Motherland (ЧСИР)</source>
        <translation>Член родини зрадника Батьківщини (ЧСІР)</translation>
    </message>
    <message>
        <source>No relatives recorded.</source>
        <translation>Родичів не записано.</translation>
    </message>
    <message>
        <source>Open %1&apos;s dossier</source>
        <translation>Відкрити досьє: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>married %1</source>
        <translation>шлюб: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>ЧСИР</source>
        <translation>ЧСІР</translation>
    </message>
    <message>
        <source>through a shared parent</source>
        <translation>через спільного батька чи матір</translation>
    </message>
    <message>
        <source>The words of the source</source>
        <translation>Слова джерела</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Прийняти</translation>
    </message>
    <message>
        <source>This relative is right</source>
        <translation>Цього родича вказано правильно</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <source>Not a relative</source>
        <translation>Не родич</translation>
    </message>
    <message>
        <source>Remove this relationship</source>
        <translation>Вилучити цей родинний зв&apos;язок</translation>
    </message>
    <message>
        <source>Remove the relationship with %1</source>
        <translation>Вилучити родинний зв&apos;язок: %1</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>Files to import</source>
        <translation>Файли для імпорту</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Family tree (&amp;GEDCOM)…</source>
        <translation>Родовід (&amp;GEDCOM)…</translation>
    </message>
    <message>
        <source>For genealogy programs: persons, events and their sources</source>
        <translation>Для генеалогічних програм: особи, події та їхні джерела</translation>
    </message>
    <message>
        <source>&amp;Tables (CSV)…</source>
        <translation>&amp;Таблиці (CSV)…</translation>
    </message>
    <message>
        <source>persons.csv, claims.csv and documents.csv, for a spreadsheet</source>
        <translation>persons.csv, claims.csv і documents.csv — для електронних таблиць</translation>
    </message>
    <message>
        <source>Whole catalogue (&amp;JSON)…</source>
        <translation>Увесь каталог (&amp;JSON)…</translation>
    </message>
    <message>
        <source>The interchange format: everything, for another program or a later load</source>
        <translation>Формат обміну: усе цілком, для іншої програми або подальшого завантаження</translation>
    </message>
    <message>
        <source>&amp;Dossier of this person (PDF)…</source>
        <translation>&amp;Досьє цієї особи (PDF)…</translation>
    </message>
    <message>
        <source>A printable dossier: the timeline, the conflicts, the flags and the pages</source>
        <translation>Досьє для друку: хронологія, суперечності, позначки та сторінки</translation>
    </message>
    <message>
        <source>Document as searchable &amp;PDF…</source>
        <translation>Документ як PDF із &amp;пошуком…</translation>
    </message>
    <message>
        <source>The page images with their text, searchable in any PDF reader</source>
        <translation>Зображення сторінок із текстом, яким можна шукати в будь-якій програмі для PDF</translation>
    </message>
    <message>
        <source>Document text as &amp;ALTO XML…</source>
        <translation>Текст документа в &amp;ALTO XML…</translation>
    </message>
    <message>
        <source>Document text as &amp;hOCR…</source>
        <translation>Текст документа в &amp;hOCR…</translation>
    </message>
    <message>
        <source>Document text as plain te&amp;xt…</source>
        <translation>Текст документа простим те&amp;кстом…</translation>
    </message>
    <message>
        <source>&amp;Export an exchange package…</source>
        <translation>&amp;Вивантажити пакет обміну…</translation>
    </message>
    <message>
        <source>A single file with persons, documents and images for another catalogue</source>
        <translation>Один файл з особами, документами й зображеннями для іншого каталогу</translation>
    </message>
    <message>
        <source>&amp;Import an exchange package…</source>
        <translation>&amp;Завантажити пакет обміну…</translation>
    </message>
    <message>
        <source>Merge a package from another catalogue; nothing here is overwritten</source>
        <translation>Додати пакет з іншого каталогу; нічого тут не перезаписується</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Резервна копія…</translation>
    </message>
    <message>
        <source>A complete, verified copy of the catalogue in a folder you choose</source>
        <translation>Повна перевірена копія каталогу у вибраній теці</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Відновити з копії…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder and open it</source>
        <translation>Відновити резервну копію в нову теку й відкрити її</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Вивантажити</translation>
    </message>
    <message>
        <source>Exchange &amp;package</source>
        <translation>&amp;Пакет обміну</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Export a family tree</source>
        <translation>Вивантажити родовід</translation>
    </message>
    <message>
        <source>GEDCOM (*.ged)</source>
        <translation>GEDCOM (*.ged)</translation>
    </message>
    <message>
        <source>Exporting GEDCOM</source>
        <translation>Вивантаження GEDCOM</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n особа</numerusform>
            <numerusform>%n особи</numerusform>
            <numerusform>%n осіб</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder for the tables</source>
        <translation>Виберіть теку для таблиць</translation>
    </message>
    <message>
        <source>Exporting tables</source>
        <translation>Вивантаження таблиць</translation>
    </message>
    <message>
        <source>Restore an &amp;encrypted backup…</source>
        <translation>Відновити &amp;зашифровану резервну копію…</translation>
    </message>
    <message>
        <source>Restore an encrypted backup file into a new folder and open it</source>
        <translation>Відновити зашифрований файл резервної копії в нову теку й відкрити його</translation>
    </message>
    <message>
        <source>Export the whole catalogue</source>
        <translation>Вивантажити увесь каталог</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting the catalogue</source>
        <translation>Вивантаження каталогу</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документи</numerusform>
            <numerusform>%n документів</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier language</source>
        <translation>Мова досьє</translation>
    </message>
    <message>
        <source>Language of the dossier:</source>
        <translation>Мова досьє:</translation>
    </message>
    <message>
        <source>Save the dossier</source>
        <translation>Зберегти досьє</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the dossier</source>
        <translation>Складання досьє</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Зберегти документ у PDF</translation>
    </message>
    <message>
        <source>Making the PDF</source>
        <translation>Створення PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) searchable</source>
        <translation>
            <numerusform>%n слово доступне для пошуку</numerusform>
            <numerusform>%n слова доступні для пошуку</numerusform>
            <numerusform>%n слів доступні для пошуку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файли</numerusform>
            <numerusform>%n файлів</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder for the ALTO files</source>
        <translation>Виберіть теку для файлів ALTO</translation>
    </message>
    <message>
        <source>Choose a folder for the hOCR files</source>
        <translation>Виберіть теку для файлів hOCR</translation>
    </message>
    <message>
        <source>Save the document&apos;s text</source>
        <translation>Зберегти текст документа</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Текст (*.txt)</translation>
    </message>
    <message>
        <source>Exporting the text</source>
        <translation>Вивантаження тексту</translation>
    </message>
    <message>
        <source>Export an exchange package</source>
        <translation>Вивантажити пакет обміну</translation>
    </message>
    <message>
        <source>What should the package hold?</source>
        <translation>Що покласти в пакет?</translation>
    </message>
    <message>
        <source>The whole catalogue</source>
        <translation>Увесь каталог</translation>
    </message>
    <message>
        <source>Only %1 and their documents</source>
        <translation>Лише %1 і документи</translation>
    </message>
    <message>
        <source>Save the exchange package</source>
        <translation>Зберегти пакет обміну</translation>
    </message>
    <message>
        <source>Spravka package (*.zip)</source>
        <translation>Пакет «Справки» (*.zip)</translation>
    </message>
    <message>
        <source>Save the encrypted exchange package</source>
        <translation>Зберегти зашифрований пакет обміну</translation>
    </message>
    <message>
        <source>Encrypted Spravka package (*.age)</source>
        <translation>Зашифрований пакет Spravka (*.age)</translation>
    </message>
    <message>
        <source>Making the exchange package</source>
        <translation>Створення пакета обміну</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n зображення</numerusform>
            <numerusform>%n зображення</numerusform>
            <numerusform>%n зображень</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an exchange package</source>
        <translation>Завантажити пакет обміну</translation>
    </message>
    <message>
        <source>Spravka package (*.zip *.age)</source>
        <translation>Пакет Spravka (*.zip *.age)</translation>
    </message>
    <message>
        <source>Importing the exchange package</source>
        <translation>Завантаження пакета обміну</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>додано %n запис</numerusform>
            <numerusform>додано %n записи</numerusform>
            <numerusform>додано %n записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the catalogue</source>
        <translation>
            <numerusform>%n вже був у каталозі</numerusform>
            <numerusform>%n вже були в каталозі</numerusform>
            <numerusform>%n вже були в каталозі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the catalogue&apos;s version was kept (listed below)</source>
        <translation>
            <numerusform>%n розбіжність: залишено варіант каталогу (див. нижче)</numerusform>
            <numerusform>%n розбіжності: залишено варіанти каталогу (див. нижче)</numerusform>
            <numerusform>%n розбіжностей: залишено варіанти каталогу (див. нижче)</numerusform>
        </translation>
    </message>
    <message>
        <source>This report is kept in %1</source>
        <translation>Цей звіт збережено в %1</translation>
    </message>
    <message>
        <source>Choose where to put the backup</source>
        <translation>Виберіть, куди покласти резервну копію</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Резервне копіювання</translation>
    </message>
    <message numerus="yes">
        <source>Backed up and verified: %1 (%n image(s))</source>
        <translation>
            <numerusform>Копію створено й перевірено: %1 (%n зображення)</numerusform>
            <numerusform>Копію створено й перевірено: %1 (%n зображення)</numerusform>
            <numerusform>Копію створено й перевірено: %1 (%n зображень)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were missing or damaged in the catalogue and are not in the backup.</source>
        <translation>
            <numerusform>%n зображення було відсутнє або пошкоджене в каталозі й не потрапило до копії.</numerusform>
            <numerusform>%n зображення були відсутні або пошкоджені в каталозі й не потрапили до копії.</numerusform>
            <numerusform>%n зображень були відсутні або пошкоджені в каталозі й не потрапили до копії.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup folder to restore</source>
        <translation>Виберіть теку резервної копії</translation>
    </message>
    <message>
        <source>Choose an empty folder for the restored catalogue</source>
        <translation>Виберіть порожню теку для відновленого каталогу</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Відновлено в %1.</translation>
    </message>
    <message>
        <source>Choose the encrypted backup to restore</source>
        <translation>Виберіть зашифровану резервну копію для відновлення</translation>
    </message>
    <message>
        <source>Encrypted Spravka backup (*.age)</source>
        <translation>Зашифрована резервна копія Spravka (*.age)</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Копію відновлено</translation>
    </message>
    <message>
        <source>The backup was restored into %1. Open it now?</source>
        <translation>Резервну копію відновлено в %1. Відкрити її зараз?</translation>
    </message>
</context>
<context>
    <name>FlagCard</name>
    <message>
        <source>Flag: %1</source>
        <translation>Позначка: %1</translation>
    </message>
    <message>
        <source>Likelihood %1 % · %2</source>
        <translation>Ймовірність %1 % · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more reason(s)…</source>
        <translation>
            <numerusform>ще %n причина…</numerusform>
            <numerusform>ще %n причини…</numerusform>
            <numerusform>ще %n причин…</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Підтвердити</translation>
    </message>
    <message>
        <source>You have checked the documents and agree</source>
        <translation>Ви перевірили документи й погоджуєтеся</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <source>The suspicion does not hold; it will stay dismissed after re-checks</source>
        <translation>Підозра не підтверджується; під час повторних перевірок позначка залишиться відхиленою</translation>
    </message>
    <message>
        <source>Review again</source>
        <translation>Переглянути знову</translation>
    </message>
</context>
<context>
    <name>GedcomImport</name>
    <message>
        <source>Import a family &amp;tree (GEDCOM)…</source>
        <translation>Імпорт родовідного &amp;дерева (GEDCOM)…</translation>
    </message>
    <message>
        <source>Persons, families, events and sources from Gramps or a genealogy site</source>
        <translation>Люди, родини, події та джерела з Gramps або з генеалогічного сайту</translation>
    </message>
    <message>
        <source>Import a family tree</source>
        <translation>Імпорт родовідного дерева</translation>
    </message>
    <message>
        <source>GEDCOM family tree (*.ged *.GED *.gedcom)</source>
        <translation>Родовідне дерево GEDCOM (*.ged *.GED *.gedcom)</translation>
    </message>
    <message>
        <source>Importing a family tree</source>
        <translation>Імпорт родовідного дерева</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added</source>
        <translation>
            <numerusform>додано %n особу</numerusform>
            <numerusform>додано %n особи</numerusform>
            <numerusform>додано %n осіб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s) added</source>
        <translation>
            <numerusform>%n родинний зв’язок</numerusform>
            <numerusform>%n родинні зв’язки</numerusform>
            <numerusform>%n родинних зв’язків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) added</source>
        <translation>
            <numerusform>%n подія</numerusform>
            <numerusform>%n події</numerusform>
            <numerusform>%n подій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) added</source>
        <translation>
            <numerusform>%n джерело</numerusform>
            <numerusform>%n джерела</numerusform>
            <numerusform>%n джерел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already in the catalogue</source>
        <translation>
            <numerusform>%n запис уже був у каталозі</numerusform>
            <numerusform>%n записи вже були в каталозі</numerusform>
            <numerusform>%n записів уже були в каталозі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), listed below</source>
        <translation>
            <numerusform>%n проблема, див. нижче</numerusform>
            <numerusform>%n проблеми, див. нижче</numerusform>
            <numerusform>%n проблем, див. нижче</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not brought in</source>
        <translation>
            <numerusform>%n рядок не перенесено</numerusform>
            <numerusform>%n рядки не перенесено</numerusform>
            <numerusform>%n рядків не перенесено</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1 (the file says %2)</source>
        <translation>Кодування: %1 (у файлі зазначено %2)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
    <message>
        <source>Not brought in: %1 (%2 line(s), the first at line %3)</source>
        <translation>Не перенесено: %1 (рядків: %2, перший — %3)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Versions of the text</source>
        <translation>Версії тексту</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версії</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версія %1</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>Текст вибраної версії</translation>
    </message>
    <message>
        <source>Use this text</source>
        <translation>Узяти цей текст</translation>
    </message>
    <message>
        <source>Put this version&apos;s text in the editor; saving makes it the newest version</source>
        <translation>Помістити текст цієї версії в редактор; після збереження він стане новою версією</translation>
    </message>
</context>
<context>
    <name>ImageTools</name>
    <message>
        <source>Fit page</source>
        <translation>Сторінка повністю</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Показати всю сторінку</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>За шириною</translation>
    </message>
    <message>
        <source>Fill the width</source>
        <translation>Розтягнути за шириною</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Повернути ліворуч</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the left (the image file is not changed)</source>
        <translation>Повернути сторінку на чверть оберту ліворуч (файл зображення не змінюється)</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Повернути праворуч</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the right (the image file is not changed)</source>
        <translation>Повернути сторінку на чверть оберту праворуч (файл зображення не змінюється)</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Обрізати</translation>
    </message>
    <message>
        <source>Drag a rectangle on the page to keep only that part</source>
        <translation>Обведіть рамкою частину сторінки, яку треба залишити</translation>
    </message>
    <message>
        <source>Undo crop</source>
        <translation>Скасувати обрізання</translation>
    </message>
    <message>
        <source>Show the whole scan again</source>
        <translation>Знову показати весь скан</translation>
    </message>
    <message>
        <source>Straighten page</source>
        <translation>Вирівняти сторінку</translation>
    </message>
    <message>
        <source>Measure how the lines of text slope and turn the page to level them</source>
        <translation>Виміряти нахил рядків і повернути сторінку так, щоб вони стали рівними</translation>
    </message>
    <message>
        <source>Adjust image…</source>
        <translation>Налаштувати зображення…</translation>
    </message>
    <message>
        <source>Straighten, lift coloured stamps, contrast, black and white</source>
        <translation>Вирівнювання, зняття кольорових печаток, контраст, чорно-біле</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Налаштувати</translation>
    </message>
    <message>
        <source>Word boxes</source>
        <translation>Рамки слів</translation>
    </message>
    <message>
        <source>Outline the recognised words on the page</source>
        <translation>Обвести розпізнані слова на сторінці</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import scans</source>
        <translation>Імпорт сканів</translation>
    </message>
    <message>
        <source>Ways to import</source>
        <translation>Способи імпорту</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файли</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Тека</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Про особу: %1</translation>
    </message>
    <message>
        <source>Link the new documents to this person</source>
        <translation>Пов&apos;язати нові документи з цією особою</translation>
    </message>
    <message>
        <source>Not linked to a person yet</source>
        <translation>Поки без зв&apos;язку з особою</translation>
    </message>
    <message>
        <source>Straighten skewed pages</source>
        <translation>Вирівняти перекошені сторінки</translation>
    </message>
    <message>
        <source>Measure each page&apos;s slope and store it as a correction (the scan is kept)</source>
        <translation>Виміряти нахил кожної сторінки й зберегти поправку (скан не змінюється)</translation>
    </message>
    <message>
        <source>Kind of document:</source>
        <translation>Вид документа:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Особа:</translation>
    </message>
    <message>
        <source>Choose files or a folder, or scan a page.</source>
        <translation>Виберіть файли або теку чи відскануйте сторінку.</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Не імпортовано:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Перервати імпорт</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Відкрити документ</translation>
    </message>
    <message>
        <source>Recognise their text</source>
        <translation>Розпізнати їхній текст</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Додати файли…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Images (JPEG, PNG, TIFF and others) and PDFs; each file becomes a document, each page of it a page. You can also drop files here.</source>
        <translation>Зображення (JPEG, PNG, TIFF та інші) і PDF: кожен файл стає документом, кожна його сторінка — сторінкою. Файли можна й перетягнути сюди.</translation>
    </message>
    <message>
        <source>A folder of scans</source>
        <translation>Тека зі сканами</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>One document per folder</source>
        <translation>Один документ на теку</translation>
    </message>
    <message>
        <source>The pages in one folder form one document, in the order of their names</source>
        <translation>Сторінки з однієї теки складають один документ, за порядком назв файлів</translation>
    </message>
    <message>
        <source>Every image and PDF in the folder and in the folders inside it is imported; other files are listed as not imported.</source>
        <translation>Імпортуються всі зображення і PDF з теки та вкладених тек; решту файлів буде перелічено як неімпортовані.</translation>
    </message>
    <message>
        <source>Choose scans to import</source>
        <translation>Виберіть скани для імпорту</translation>
    </message>
    <message>
        <source>Images and PDFs (%1);;All files (*)</source>
        <translation>Зображення і PDF (%1);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Choose a folder of scans</source>
        <translation>Виберіть теку зі сканами</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>Спершу виберіть теку.</translation>
    </message>
    <message>
        <source>Add the files to import first.</source>
        <translation>Спершу додайте файли для імпорту.</translation>
    </message>
    <message>
        <source>Preparing the files…</source>
        <translation>Підготовка файлів…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Сканування…</translation>
    </message>
    <message>
        <source>Cancelling… the files being read are finished first; nothing is lost.</source>
        <translation>Перериваємо… файли, які вже читаються, буде дочитано; нічого не загубиться.</translation>
    </message>
    <message>
        <source>Scanning… %1 %</source>
        <translation>Сканування… %1 %</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation>Імпортовано %1 з %2: %3</translation>
    </message>
    <message>
        <source>already in the catalogue (document %1, page %2); not stored again</source>
        <translation>вже є в каталозі (документ %1, сторінка %2); повторно не збережено</translation>
    </message>
    <message>
        <source>carries a location (GPS) in its metadata; exports and packages leave it out, the catalogue keeps the file as it is</source>
        <translation>містить місцезнаходження (GPS) у метаданих; експорт і пакети його не включають, каталог зберігає файл як є</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>імпортовано</translation>
    </message>
    <message>
        <source>already in the catalogue</source>
        <translation>вже є в каталозі</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>не імпортовано</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) imported</source>
        <translation>
            <numerusform>Імпортовано %n сторінку</numerusform>
            <numerusform>Імпортовано %n сторінки</numerusform>
            <numerusform>Імпортовано %n сторінок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> into %n new document(s)</source>
        <translation>
            <numerusform> у %n новий документ</numerusform>
            <numerusform> у %n нові документи</numerusform>
            <numerusform> у %n нових документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) were already in the catalogue.</source>
        <translation>
            <numerusform>%n сторінка вже була в каталозі.</numerusform>
            <numerusform>%n сторінки вже були в каталозі.</numerusform>
            <numerusform>%n сторінок уже були в каталозі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported (see below).</source>
        <translation>
            <numerusform>%n файл не вдалося імпортувати (див. нижче).</numerusform>
            <numerusform>%n файли не вдалося імпортувати (див. нижче).</numerusform>
            <numerusform>%n файлів не вдалося імпортувати (див. нижче).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) carried a location; exports and packages leave it out.</source>
        <translation>
            <numerusform>%n зображення містило місцезнаходження; експорт і пакети його не включають.</numerusform>
            <numerusform>%n зображення містили місцезнаходження; експорт і пакети його не включають.</numerusform>
            <numerusform>%n зображень містили місцезнаходження; експорт і пакети його не включають.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: what was imported before is kept.</source>
        <translation>Перервано: усе, що було імпортовано до цього, збережено.</translation>
    </message>
    <message>
        <source>Cancelled before anything was imported.</source>
        <translation>Перервано, перш ніж щось було імпортовано.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Document from %1</source>
        <translation>Документ від: %1</translation>
    </message>
    <message>
        <source>Document no. %1</source>
        <translation>Документ № %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spravka — %1</source>
        <translation>Справка — %1</translation>
    </message>
    <message>
        <source>People and documents</source>
        <translation>Люди і документи</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n in the inbox)</source>
        <translation>
            <numerusform>Документи (%n у вхідних)</numerusform>
            <numerusform>Документи (%n у вхідних)</numerusform>
            <numerusform>Документи (%n у вхідних)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation>&amp;Відкрити каталог…</translation>
    </message>
    <message>
        <source>&amp;New catalogue…</source>
        <translation>&amp;Новий каталог…</translation>
    </message>
    <message>
        <source>Open the &amp;sample catalogue</source>
        <translation>Відкрити &amp;приклад каталогу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вихід</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;Find person</source>
        <translation>&amp;Знайти особу</translation>
    </message>
    <message>
        <source>Find in &amp;texts</source>
        <translation>Шукати в &amp;текстах</translation>
    </message>
    <message>
        <source>Search the text of pages, claims and notes</source>
        <translation>Шукати в тексті сторінок, відомостей і нотаток</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Комбінації клавіш</translation>
    </message>
    <message>
        <source>&amp;About Spravka</source>
        <translation>&amp;Про програму «Справка»</translation>
    </message>
    <message>
        <source>Check the catalogue&apos;s &amp;integrity…</source>
        <translation>Перевірити &amp;цілісність каталогу…</translation>
    </message>
    <message>
        <source>Check the database, every image and the search index; find the way back</source>
        <translation>Перевірити базу даних, усі зображення та пошуковий індекс; знайти шлях назад</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Особа</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Документ</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервіс</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Розмір тексту</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>&amp;Більший</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>&amp;Менший</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Звичайний розмір</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Висока контрастність</translation>
    </message>
    <message>
        <source>Open another catalogue…</source>
        <translation>Відкрити інший каталог…</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Каталог: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 You can read, search and export; nothing can be changed here.</source>
        <translation>&lt;b&gt;Лише для читання.&lt;/b&gt; %1 Можна читати, шукати й вивантажувати; змінювати тут нічого не можна.</translation>
    </message>
    <message>
        <source>Spravka — %1 (read-only)</source>
        <translation>Справка — %1 (лише читання)</translation>
    </message>
    <message>
        <source>Add scans or PDFs of certificates.</source>
        <translation>Додати скани або PDF довідок.</translation>
    </message>
    <message>
        <source>Scan a page with a scanner.</source>
        <translation>Відсканувати сторінку сканером.</translation>
    </message>
    <message>
        <source>Write down a person and what you know of them.</source>
        <translation>Записати людину і те, що про неї відомо.</translation>
    </message>
    <message>
        <source>Paste a record from a memorial database or a book.</source>
        <translation>Вставити запис із бази «Меморіалу» або з книги пам’яті.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>відомості</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>page</source>
        <translation>сторінка</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>позначка</translation>
    </message>
    <message>
        <source>name variant</source>
        <translation>варіант імені</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ім’я</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>прізвище</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>ім’я</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>дата народження</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>region on the page</source>
        <translation>ділянка на сторінці</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>ідентифікатор</translation>
    </message>
    <message>
        <source>crop</source>
        <translation>обрізання</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>поворот</translation>
    </message>
    <message>
        <source>Scanning needs SANE, which is not installed here. On Debian or Ubuntu install the package sane-utils (sudo apt install sane-utils); on macOS, sane-backends from Homebrew. Where SANE is not available, scan with the scanner&apos;s own program into a folder and import that folder.</source>
        <translation>Для сканування потрібна система SANE, а її тут не встановлено. У Debian або Ubuntu встановіть пакет sane-utils (sudo apt install sane-utils), у macOS — sane-backends з Homebrew. Де SANE немає, скануйте програмою самого сканера в теку й імпортуйте цю теку.</translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is connected and switched on, then look for scanners again.</source>
        <translation>Сканер не знайдено. Перевірте, що його під&apos;єднано й увімкнено, і пошукайте сканери знову.</translation>
    </message>
    <message>
        <source>The scanner %1 reported a problem: %2</source>
        <translation>Сканер %1 повідомив про проблему: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>Резервну копію %1 не можна використати: %2</translation>
    </message>
    <message>
        <source>The package %1 was refused; nothing was changed: %2</source>
        <translation>Пакет %1 не прийнято; нічого не змінено: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>The font file %1 is missing from %2, so the PDF cannot be made. Reinstall Spravka.</source>
        <translation>У теці %2 немає файлу шрифту %1, тому PDF не створити. Перевстановіть «Справку».</translation>
    </message>
    <message>
        <source>%1: the passphrase is empty.</source>
        <translation>%1: пароль порожній.</translation>
    </message>
    <message>
        <source>%1: the passphrase is wrong (or the file was altered).</source>
        <translation>%1: пароль неправильний (або файл було змінено).</translation>
    </message>
    <message>
        <source>%1 is truncated or was altered after it was encrypted.</source>
        <translation>%1 обрізаний або змінений після шифрування.</translation>
    </message>
    <message>
        <source>%1 is not encrypted, but an encrypted file was expected.</source>
        <translation>%1 не зашифрований, а очікувався зашифрований файл.</translation>
    </message>
    <message>
        <source>%1 is encrypted: its passphrase is needed.</source>
        <translation>%1 зашифрований: потрібен його пароль.</translation>
    </message>
    <message>
        <source>%1 is an armoured (text) age file; decrypt it with the age tool first.</source>
        <translation>%1 — текстовий (armor) файл age; спершу розшифруйте його програмою age.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Spravka file.</source>
        <translation>%1 не є зашифрованим файлом Spravka.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не вдається прочитати: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Нічого не змінено.</translation>
    </message>
    <message>
        <source>Text recognition needs the Tesseract program, which is not installed. On Debian or Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-rus tesseract-ocr-ukr. Everything else in Spravka works without it.</source>
        <translation>Для розпізнавання тексту потрібна програма Tesseract, а її не встановлено. У Debian або Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-rus tesseract-ocr-ukr. Усе інше в «Справці» працює і без неї.</translation>
    </message>
    <message>
        <source>The installed Tesseract is too old for Spravka (4.1 or newer is needed). Install a newer tesseract-ocr package. Everything else in Spravka works without it.</source>
        <translation>Встановлена версія Tesseract застара для «Справки» (потрібна 4.1 або новіша). Встановіть новіший пакет tesseract-ocr. Усе інше в «Справці» працює і без неї.</translation>
    </message>
    <message>
        <source>Tesseract has no data for the chosen language. Install the package(s) %1 (on Debian or Ubuntu: sudo apt install %1), or choose another language.</source>
        <translation>Tesseract не має даних для вибраної мови. Встановіть пакет(и) %1 (у Debian або Ubuntu: sudo apt install %1) або виберіть іншу мову.</translation>
    </message>
    <message>
        <source>Tesseract cannot be run here. Reinstall the package tesseract-ocr. Everything else in Spravka works without it.</source>
        <translation>Tesseract тут не запускається. Перевстановіть пакет tesseract-ocr. Усе інше в «Справці» працює і без нього.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Подробиці: %1</translation>
    </message>
    <message>
        <source>There is no catalogue in the folder %1.</source>
        <translation>У теці %1 немає каталогу.</translation>
    </message>
    <message>
        <source>The folder %1 is not a Spravka catalogue, or it holds other files. Nothing in it was changed. Choose an empty folder or an existing catalogue.</source>
        <translation>Тека %1 — не каталог «Справки» або в ній є інші файли. У ній нічого не змінено. Виберіть порожню теку або наявний каталог.</translation>
    </message>
    <message>
        <source>The catalogue %1 was written by a newer version of Spravka. Nothing was changed; install the newer version to open it.</source>
        <translation>Каталог %1 створено новішою версією «Справки». Нічого не змінено; щоб відкрити його, встановіть нову версію.</translation>
    </message>
    <message>
        <source>The database of the catalogue %1 is damaged; nothing was written to it. Help ▸ Check the catalogue&apos;s integrity (or `spravka doctor`) shows the damage.</source>
        <translation>Базу даних каталогу %1 пошкоджено; до неї нічого не записано. «Довідка ▸ Перевірити цілісність каталогу» (або `spravka doctor`) покаже пошкодження.</translation>
    </message>
    <message>
        <source>The newest automatic backup that passes the check is %1; `spravka doctor --restore` restores it into a new folder.</source>
        <translation>Найновіша автоматична копія, що пройшла перевірку: %1; `spravka doctor --restore` відновить її в нову теку.</translation>
    </message>
    <message>
        <source>The catalogue %1 cannot be written (read-only disk or no permission). The change was not saved.</source>
        <translation>До каталогу %1 не можна записати (диск лише для читання або немає прав). Зміну не збережено.</translation>
    </message>
    <message>
        <source>Another program kept the catalogue %1 busy for too long. The change was not saved; please try again.</source>
        <translation>Інша програма надто довго займала каталог %1. Зміну не збережено; спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Problem with the catalogue %1: %2</source>
        <translation>Помилка в каталозі %1: %2</translation>
    </message>
    <message>
        <source>The %1 was not found; it may have been deleted meanwhile.</source>
        <translation>Не знайдено (%1); можливо, запис тим часом видалили.</translation>
    </message>
    <message>
        <source>“%1” is not a possible date.</source>
        <translation>«%1» — неможлива дата.</translation>
    </message>
    <message>
        <source>The %1 is not acceptable: %2</source>
        <translation>Неприпустиме значення (%1): %2</translation>
    </message>
    <message>
        <source>The file %1 has %2 problem(s); nothing was loaded.
%3</source>
        <translation>У файлі %1 знайдено помилок: %2; нічого не завантажено.
%3</translation>
    </message>
    <message>
        <source>The image of this page is missing from the catalogue or damaged (%1).</source>
        <translation>Зображення цієї сторінки відсутнє в каталозі або пошкоджене (%1).</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written: %2</source>
        <translation>Не вдалося прочитати або записати файл %1: %2</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Неочікувана помилка: %1</translation>
    </message>
    <message>
        <source>Spravka</source>
        <translation>Справка</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;Зашифрувати паролем</translation>
    </message>
    <message>
        <source>Whoever gets an unencrypted file can read every name, note and page in it. Encrypted, it opens only with the passphrase (in Spravka, or with the age tool).</source>
        <translation>Будь-хто, до кого потрапить незашифрований файл, прочитає всі імена, нотатки й сторінки в ньому. Зашифрований відкривається лише з паролем (у Spravka або програмою age).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Пароль ще раз</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надійність пароля</translation>
    </message>
    <message>
        <source>Tell the passphrase to the receiver another way than the file travels (by phone, in person). A forgotten passphrase cannot be recovered.</source>
        <translation>Повідомте пароль одержувачеві іншим шляхом, ніж передається файл (телефоном, особисто). Забутий пароль відновити неможливо.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ще раз:</translation>
    </message>
    <message>
        <source>Type a passphrase: several words only you would put together.</source>
        <translation>Введіть пароль: кілька слів, які разом поставили б лише ви.</translation>
    </message>
    <message>
        <source>Too short: at least 8 characters; five or six words are better.</source>
        <translation>Закороткий: щонайменше 8 знаків; краще п&apos;ять-шість слів.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words.</source>
        <translation>Слабкий: легко вгадати. Додайте слів.</translation>
    </message>
    <message>
        <source>Fair. A few more words make it strong.</source>
        <translation>Середній. Ще кілька слів зроблять його надійним.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надійний.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Два паролі не збігаються.</translation>
    </message>
</context>
<context>
    <name>OcrPanel</name>
    <message>
        <source>Text recognition (OCR)</source>
        <translation>Розпізнавання тексту (OCR)</translation>
    </message>
    <message>
        <source>Russian (with English words)</source>
        <translation>Російська (з англійськими словами)</translation>
    </message>
    <message>
        <source>Ukrainian and Russian (with English words)</source>
        <translation>Українська й російська (з англійськими словами)</translation>
    </message>
    <message>
        <source>Ukrainian (with English words)</source>
        <translation>Українська (з англійськими словами)</translation>
    </message>
    <message>
        <source>Recognise the waiting pages</source>
        <translation>Розпізнати сторінки в черзі</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Read again…</source>
        <translation>Прочитати знову…</translation>
    </message>
    <message>
        <source>Read this document&apos;s pages once more; the earlier texts are kept as versions</source>
        <translation>Прочитати сторінки документа ще раз; попередні тексти зберігаються як версії</translation>
    </message>
    <message>
        <source>Language of the pages:</source>
        <translation>Мова сторінок:</translation>
    </message>
    <message>
        <source>%1 · language data: %2</source>
        <translation>%1 · мовні дані: %2</translation>
    </message>
    <message>
        <source>Looking for Tesseract…</source>
        <translation>Шукаємо Tesseract…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) waiting for recognition</source>
        <translation>
            <numerusform>%n сторінка чекає на розпізнавання</numerusform>
            <numerusform>%n сторінки чекають на розпізнавання</numerusform>
            <numerusform>%n сторінок чекають на розпізнавання</numerusform>
        </translation>
    </message>
    <message>
        <source>Text recognition is not available</source>
        <translation>Розпізнавання тексту недоступне</translation>
    </message>
    <message>
        <source>Text recognition</source>
        <translation>Розпізнавання тексту</translation>
    </message>
    <message>
        <source>Starting text recognition…</source>
        <translation>Запускаємо розпізнавання тексту…</translation>
    </message>
    <message>
        <source>Cancelling… the pages being read are finished first.</source>
        <translation>Перериваємо… сторінки, які вже читаються, буде дочитано.</translation>
    </message>
    <message>
        <source>%1 of %2 pages read</source>
        <translation>Прочитано сторінок: %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read</source>
        <translation>
            <numerusform>прочитано %n сторінку</numerusform>
            <numerusform>прочитано %n сторінки</numerusform>
            <numerusform>прочитано %n сторінок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read (listed below)</source>
        <translation>
            <numerusform>%n сторінку не вдалося прочитати (див. нижче)</numerusform>
            <numerusform>%n сторінки не вдалося прочитати (див. нижче)</numerusform>
            <numerusform>%n сторінок не вдалося прочитати (див. нижче)</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled; the pages read so far are kept</source>
        <translation>перервано; вже прочитані сторінки збережено</translation>
    </message>
    <message>
        <source>No page was waiting for recognition.</source>
        <translation>Жодна сторінка не чекала на розпізнавання.</translation>
    </message>
    <message>
        <source>The pages of this document have been read already. To read them once more (in another language, say), choose Read again.</source>
        <translation>Сторінки цього документа вже прочитано. Щоб прочитати їх ще раз (наприклад, іншою мовою), натисніть «Прочитати знову».</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Перервано.</translation>
    </message>
</context>
<context>
    <name>OpenPassphraseDialog</name>
    <message>
        <source>Encrypted file</source>
        <translation>Зашифрований файл</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase:</source>
        <translation>%1 зашифрований. Введіть його пароль:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Page image</source>
        <translation>Зображення сторінки</translation>
    </message>
    <message>
        <source>The scanned page; click a word to find it in the text</source>
        <translation>Відсканована сторінка; клацніть слово, щоб знайти його в тексті</translation>
    </message>
    <message>
        <source>Recognised with low confidence (%1 %)</source>
        <translation>Розпізнано непевно (%1 %)</translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>&amp;Next pane</source>
        <translation>&amp;Наступна панель</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>&amp;Попередня панель</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Нар.</translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation>Арешт</translation>
    </message>
    <message>
        <source>Surname, given name and patronymic; click to sort</source>
        <translation>Прізвище, ім’я та по батькові; натисніть, щоб упорядкувати</translation>
    </message>
    <message>
        <source>Year or date of birth; click to sort</source>
        <translation>Рік або дата народження; натисніть, щоб упорядкувати</translation>
    </message>
    <message>
        <source>Earliest arrest date stated in the documents; click to sort</source>
        <translation>Найраніша дата арешту за документами; натисніть, щоб відсортувати</translation>
    </message>
    <message>
        <source>Flags: suspicions raised by the checks or by you</source>
        <translation>Позначки: підозри, позначені перевірками або вами</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(не читається)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(видалено)</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) to review</source>
        <translation>
            <numerusform>%n позначка потребує перевірки</numerusform>
            <numerusform>%n позначки потребують перевірки</numerusform>
            <numerusform>%n позначок потребують перевірки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed flag(s)</source>
        <translation>
            <numerusform>%n підтверджена позначка</numerusform>
            <numerusform>%n підтверджені позначки</numerusform>
            <numerusform>%n підтверджених позначок</numerusform>
        </translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>нар. %1</translation>
    </message>
    <message>
        <source>arrested %1</source>
        <translation>заарештовано %1</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>без позначок</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Search names and texts…</source>
        <translation>Пошук імен і текстів…</translation>
    </message>
    <message>
        <source>A name in any spelling — Cyrillic or Latin letters, with initials, with a typo, or only its beginning — or words to find in the texts</source>
        <translation>Ім&apos;я в будь-якому написанні — кирилицею чи латиницею, з ініціалами, з помилкою або лише початок — чи слова для пошуку в текстах</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>People and texts found</source>
        <translation>Люди і знайдені тексти</translation>
    </message>
    <message>
        <source>In texts</source>
        <translation>У текстах</translation>
    </message>
    <message>
        <source>Pages, claims and notes that contain the words</source>
        <translation>Сторінки, відомості й нотатки, де є ці слова</translation>
    </message>
    <message>
        <source>In texts (%1)</source>
        <translation>У текстах (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n особа</numerusform>
            <numerusform>%n особи</numerusform>
            <numerusform>%n осіб</numerusform>
        </translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Особи (%1)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Прізвище:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>По &amp;батькові:</translation>
    </message>
    <message>
        <source>Place of &amp;birth:</source>
        <translation>&amp;Місце народження:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>&amp;Національність:</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>&amp;Рід занять:</translation>
    </message>
    <message>
        <source>&amp;Lived in:</source>
        <translation>Про&amp;живав(ла):</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не зазначено</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>С&amp;тать:</translation>
    </message>
    <message>
        <source>e.g. 14.05.1901 or 1901</source>
        <translation>наприклад, 14.05.1901 або 1901</translation>
    </message>
    <message>
        <source>Date of bi&amp;rth:</source>
        <translation>&amp;Дата народження:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>Write at least a surname or a given name.</source>
        <translation>Зазначте хоча б прізвище або ім’я.</translation>
    </message>
    <message>
        <source>Write the date of birth as 14.05.1901, 05.1901 or 1901.</source>
        <translation>Запишіть дату народження як 14.05.1901, 05.1901 або 1901.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Name to search for</source>
        <translation>Ім’я для пошуку</translation>
    </message>
    <message>
        <source>A name in any spelling, e.g. Корнилов Ф. И.</source>
        <translation>Ім’я в будь-якому написанні, наприклад Корнилов Ф. И.</translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation>Знайдені люди</translation>
    </message>
    <message>
        <source>Role of the person in the document</source>
        <translation>Роль людини в документі</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Пов’язати</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>Знайдено %n людину</numerusform>
            <numerusform>Знайдено %n людини</numerusform>
            <numerusform>Знайдено %n людей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonProposalBox</name>
    <message>
        <source>Persons who match the name in the document</source>
        <translation>Люди, чиє ім’я збігається з ім’ям у документі</translation>
    </message>
    <message>
        <source>Li&amp;nk to this person</source>
        <translation>Пов’язати з &amp;цією людиною</translation>
    </message>
    <message>
        <source>Link the document to the chosen person</source>
        <translation>Пов’язати документ із вибраною людиною</translation>
    </message>
    <message>
        <source>Make a new person from the name in the document and link it</source>
        <translation>Створити нову людину за ім’ям із документа й пов’язати з нею</translation>
    </message>
    <message>
        <source>The text of this document names nobody the program can read. Link it to a person with “Link person…”.</source>
        <translation>У тексті цього документа програма не знайшла нічийого імені. Пов’яжіть його з людиною кнопкою «Пов’язати з людиною…».</translation>
    </message>
    <message>
        <source>The document names “%1”; nobody in the catalogue matches.</source>
        <translation>У документі названо «%1»; у каталозі такої людини немає.</translation>
    </message>
    <message>
        <source>The document names “%1”; several persons match equally well: choose one.</source>
        <translation>У документі названо «%1»; однаково підходять кілька людей: виберіть одну.</translation>
    </message>
    <message>
        <source>The document names “%1”. Is it this person?</source>
        <translation>У документі названо «%1». Це ця людина?</translation>
    </message>
    <message>
        <source>Ne&amp;w person “%1”</source>
        <translation>&amp;Нова людина «%1»</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>&amp;Notes are private</source>
        <translation>&amp;Нотатки особисті</translation>
    </message>
    <message>
        <source>Leave this person&apos;s notes out of every export, package and dossier</source>
        <translation>Не включати нотатки про цю людину в жоден експорт, пакет і досьє</translation>
    </message>
    <message>
        <source>The chosen &amp;claim is private</source>
        <translation>Вибране &amp;твердження особисте</translation>
    </message>
    <message>
        <source>Leave the claim chosen in the timeline out of every export, package and dossier</source>
        <translation>Не включати вибране на хронології твердження в жоден експорт, пакет і досьє</translation>
    </message>
    <message>
        <source>Document is &amp;private</source>
        <translation>Документ &amp;особистий</translation>
    </message>
    <message>
        <source>Leave this document, its pages and the claims citing it out of every export, package and dossier</source>
        <translation>Не включати цей документ, його сторінки й твердження з посиланням на нього в жоден експорт, пакет і досьє</translation>
    </message>
    <message>
        <source>Show &amp;private items</source>
        <translation>Показувати &amp;особисте</translation>
    </message>
    <message>
        <source>Show private notes, claims and documents in the dossier (this session only)</source>
        <translation>Показувати особисті нотатки, твердження й документи в досьє (лише в цьому сеансі)</translation>
    </message>
    <message>
        <source>Living or not: &amp;presumed from the dates</source>
        <translation>Живий чи ні: &amp;за датами</translation>
    </message>
    <message>
        <source>Marked &amp;living</source>
        <translation>Позначено як &amp;живого</translation>
    </message>
    <message>
        <source>Marked &amp;deceased</source>
        <translation>Позначено як &amp;померлого</translation>
    </message>
    <message>
        <source>P&amp;rivacy</source>
        <translation>&amp;Конфіденційність</translation>
    </message>
    <message>
        <source>Notes private</source>
        <translation>Нотатки особисті</translation>
    </message>
    <message>
        <source>Notes not private</source>
        <translation>Нотатки не особисті</translation>
    </message>
    <message>
        <source>Claim private</source>
        <translation>Твердження особисте</translation>
    </message>
    <message>
        <source>Claim not private</source>
        <translation>Твердження не особисте</translation>
    </message>
    <message>
        <source>Mark living or deceased</source>
        <translation>Позначити живим або померлим</translation>
    </message>
    <message>
        <source>Document private</source>
        <translation>Документ особистий</translation>
    </message>
    <message>
        <source>Document not private</source>
        <translation>Документ не особистий</translation>
    </message>
</context>
<context>
    <name>ProcessingPanel</name>
    <message>
        <source>Automatically</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <source>Measure how the lines of text slope and turn the page to level them</source>
        <translation>Виміряти нахил рядків і повернути сторінку так, щоб вони стали рівними</translation>
    </message>
    <message>
        <source>Turn by this angle, clockwise (negative: anticlockwise)</source>
        <translation>Повернути на цей кут за годинниковою стрілкою (від&apos;ємний — проти)</translation>
    </message>
    <message>
        <source>red</source>
        <translation>червоні</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>сині</translation>
    </message>
    <message>
        <source>violet</source>
        <translation>фіолетові</translation>
    </message>
    <message>
        <source>green</source>
        <translation>зелені</translation>
    </message>
    <message>
        <source>Lift %1 stamps and ink towards the paper, so the type shows</source>
        <translation>Висвітлити %1 печатки й чорнило до кольору паперу, щоб проступив машинописний текст</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Відтінки сірого</translation>
    </message>
    <message>
        <source>Stretch contrast</source>
        <translation>Посилити контраст</translation>
    </message>
    <message>
        <source>Make faint type darker and yellowed paper lighter</source>
        <translation>Зробити блідий текст темнішим, а пожовклий папір світлішим</translation>
    </message>
    <message>
        <source>Colours as scanned</source>
        <translation>Кольори як на скані</translation>
    </message>
    <message>
        <source>Black and white (adaptive)</source>
        <translation>Чорно-біле (адаптивно)</translation>
    </message>
    <message>
        <source>Black and white (one threshold)</source>
        <translation>Чорно-біле (один поріг)</translation>
    </message>
    <message>
        <source>Black and white helps text recognition on stained or unevenly lit pages; adaptive follows the light across the page</source>
        <translation>Чорно-біле зображення допомагає розпізнаванню на заплямованих або нерівно освітлених сторінках; адаптивний режим іде за освітленням сторінкою</translation>
    </message>
    <message>
        <source>Original look</source>
        <translation>Як в оригіналі</translation>
    </message>
    <message>
        <source>Undo the straightening and clean-up (rotation and crop stay)</source>
        <translation>Скасувати вирівнювання й очищення (поворот і обрізання залишаються)</translation>
    </message>
    <message>
        <source>Straighten:</source>
        <translation>Вирівняти:</translation>
    </message>
    <message>
        <source>Lift stamps:</source>
        <translation>Зняти печатки:</translation>
    </message>
</context>
<context>
    <name>ReasonLinks</name>
    <message>
        <source>Click a claim to see it and the page it comes from</source>
        <translation>Натисніть на відомості, щоб побачити їх і сторінку, звідки їх узято</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причини</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Перейти: %1</translation>
    </message>
    <message>
        <source>%1 chosen: Enter opens it, the arrow keys choose another.</source>
        <translation>Вибрано: %1. Enter відкриває, стрілки вибирають інше.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Paste a record</source>
        <translation>Вставити запис</translation>
    </message>
    <message>
        <source>Paste the text of a record from the Memorial database «Жертвы политического террора в СССР», a Book of Memory or the Open List. It is read into the person&apos;s details and dated claims, which cite the record.</source>
        <translation>Вставте текст запису з бази «Меморіалу» «Жертвы политического террора в СССР», Книги пам&apos;яті або «Відкритого списку». Його буде прочитано у відомості про особу та датовані відомості з посиланням на запис.</translation>
    </message>
    <message>
        <source>Text of the record</source>
        <translation>Текст запису</translation>
    </message>
    <message>
        <source>Surname Given name Patronymic</source>
        <translation>Прізвище Ім&apos;я По батькові</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ім&apos;я:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Подробиці:</translation>
    </message>
    <message>
        <source>Claims read from the record</source>
        <translation>Відомості, прочитані із запису</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>From the words</source>
        <translation>За словами запису</translation>
    </message>
    <message>
        <source>Lines not understood</source>
        <translation>Незрозумілі рядки</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Відомості:</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>Додати як нову особу</translation>
    </message>
    <message>
        <source>Add to %1 (fills only the empty fields)</source>
        <translation>Додати до запису «%1» (заповнюються лише порожні поля)</translation>
    </message>
    <message>
        <source>Add to the person selected in the list</source>
        <translation>Додати до особи, вибраної у списку</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>нар. %1</translation>
    </message>
    <message>
        <source>Not understood (kept in the person&apos;s notes): %1</source>
        <translation>Не розібрано (збережено в нотатках про особу): %1</translation>
    </message>
    <message>
        <source>Every part of the record was understood.</source>
        <translation>Увесь запис розібрано.</translation>
    </message>
    <message>
        <source>Write the person&apos;s name: the record names no one.</source>
        <translation>Напишіть ім&apos;я особи: у записі його немає.</translation>
    </message>
</context>
<context>
    <name>RegionReader</name>
    <message>
        <source>Read a region again…</source>
        <translation>Прочитати ділянку знову…</translation>
    </message>
    <message>
        <source>Draw a rectangle on the page: its words are read again and can replace those of the text</source>
        <translation>Обведіть прямокутник на сторінці: його слова буде прочитано знову, і вони зможуть замінити слова тексту</translation>
    </message>
    <message>
        <source>Read region again</source>
        <translation>Прочитати ділянку</translation>
    </message>
</context>
<context>
    <name>RegionTextDialog</name>
    <message>
        <source>Read the region again</source>
        <translation>Ділянка, прочитана знову</translation>
    </message>
    <message>
        <source>The text has here:</source>
        <translation>Зараз у тексті:</translation>
    </message>
    <message>
        <source>No word of the text lies in this region: the reading can be put at the cursor.</source>
        <translation>У цій ділянці немає жодного слова тексту: прочитане можна вставити біля курсора.</translation>
    </message>
    <message>
        <source>&amp;Read again:</source>
        <translation>&amp;Прочитано знову:</translation>
    </message>
    <message>
        <source>Replace the words</source>
        <translation>Замінити слова</translation>
    </message>
    <message>
        <source>Put at the cursor</source>
        <translation>Вставити біля курсора</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <source>Add a relative of %1</source>
        <translation>Додати родича: %1</translation>
    </message>
    <message>
        <source>Parent (father or mother)</source>
        <translation>Батько або мати</translation>
    </message>
    <message>
        <source>Spouse (husband or wife)</source>
        <translation>Чоловік або дружина</translation>
    </message>
    <message>
        <source>Child (son or daughter)</source>
        <translation>Дитина (син або донька)</translation>
    </message>
    <message>
        <source>Sibling (brother or sister)</source>
        <translation>Брат або сестра</translation>
    </message>
    <message>
        <source>&amp;Relative is a:</source>
        <translation>&amp;Ким доводиться:</translation>
    </message>
    <message>
        <source>A person already in the &amp;catalogue</source>
        <translation>Особа, вже записана в &amp;каталозі</translation>
    </message>
    <message>
        <source>A &amp;new person</source>
        <translation>&amp;Нова особа</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <source>e.g. 14.05.1901 or 1901</source>
        <translation>наприклад, 14.05.1901 або 1901</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Прізвище:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Ім&apos;я:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>По &amp;батькові:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Стать:</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>&amp;Дата народження:</translation>
    </message>
    <message>
        <source>Type a name to find the person</source>
        <translation>Введіть ім&apos;я, щоб знайти особу</translation>
    </message>
    <message>
        <source>Find a person by name</source>
        <translation>Знайти особу за ім&apos;ям</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Знайдені особи</translation>
    </message>
    <message>
        <source>Find and choose the person first.</source>
        <translation>Спершу знайдіть і виберіть особу.</translation>
    </message>
    <message>
        <source>The date of birth: %1</source>
        <translation>Дата народження: %1</translation>
    </message>
    <message>
        <source>A new person needs a surname or a given name.</source>
        <translation>Для нової особи потрібне прізвище або ім&apos;я.</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>Find scanners</source>
        <translation>Знайти сканери</translation>
    </message>
    <message>
        <source>Scanner:</source>
        <translation>Сканер:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Роздільність:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Кольори:</translation>
    </message>
    <message>
        <source>A preview of the page appears here.</source>
        <translation>Тут з&apos;явиться попередній перегляд сторінки.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <source>A quick look at what lies on the scanner</source>
        <translation>Швидко подивитися, що лежить на сканері</translation>
    </message>
    <message>
        <source>Scan as a new document</source>
        <translation>Сканувати як новий документ</translation>
    </message>
    <message>
        <source>Scan a page into this document</source>
        <translation>Сканувати сторінку в цей документ</translation>
    </message>
    <message>
        <source>Add the page after the last page of “%1”</source>
        <translation>Додати сторінку після останньої сторінки документа «%1»</translation>
    </message>
    <message>
        <source>Open a document first to add pages to it</source>
        <translation>Спершу відкрийте документ, щоб додавати до нього сторінки</translation>
    </message>
    <message>
        <source>Looking for scanners… (network scanners take a moment)</source>
        <translation>Шукаємо сканери… (мережеві сканери знаходяться не одразу)</translation>
    </message>
    <message numerus="yes">
        <source>%n scanner(s) found.</source>
        <translation>
            <numerusform>Знайдено %n сканер.</numerusform>
            <numerusform>Знайдено %n сканери.</numerusform>
            <numerusform>Знайдено %n сканерів.</numerusform>
        </translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is connected and switched on, then press “Find scanners” again.</source>
        <translation>Сканер не знайдено. Перевірте, що його під&apos;єднано й увімкнено, і знову натисніть «Знайти сканери».</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 точок на дюйм</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Відтінки сірого</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Кольорове</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Чорно-біле</translation>
    </message>
    <message>
        <source>Halftone</source>
        <translation>Півтони</translation>
    </message>
    <message>
        <source>Scanning a preview…</source>
        <translation>Скануємо попередній перегляд…</translation>
    </message>
    <message>
        <source>Preview scanned. Adjust the page if needed, then scan it.</source>
        <translation>Попередній перегляд готовий. Якщо треба, поправте аркуш і скануйте.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <source>Document the claim cites</source>
        <translation>Документ, на який посилається твердження</translation>
    </message>
    <message>
        <source>No document: my own conclusion</source>
        <translation>Без документа: мій власний висновок</translation>
    </message>
    <message>
        <source>Page of the document</source>
        <translation>Сторінка документа</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Увесь документ</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Сторінка %1</translation>
    </message>
    <message>
        <source>Without a document the claim is your own conclusion; the checks never count it as an archival record.</source>
        <translation>Без документа твердження — ваш власний висновок; перевірки ніколи не вважають його архівним записом.</translation>
    </message>
    <message>
        <source>The selected words are marked on the page.</source>
        <translation>Виділені слова позначено на сторінці.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>This catalogue is empty. How would you like to begin?</source>
        <translation>Каталог порожній. З чого почати?</translation>
    </message>
</context>
<context>
    <name>SuggestionRow</name>
    <message>
        <source>Open the page with the words it was read from</source>
        <translation>Відкрити сторінку зі словами, з яких це прочитано</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Прийняти</translation>
    </message>
    <message>
        <source>The page does say this: add it to what the documents say</source>
        <translation>На сторінці справді так написано: додати до того, що кажуть документи</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <source>The program misread the page: delete this suggestion</source>
        <translation>Програма прочитала сторінку неправильно: видалити цю пропозицію</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Read by the program from the text of a page. Check each against the page, then accept or reject it.</source>
        <translation>Прочитано програмою з тексту сторінки. Звірте кожні відомості зі сторінкою, потім прийміть або відхиліть їх.</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Прийняти всі</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>Відхилити всі</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Starting…</source>
        <translation>Починаємо…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Open what was written in its program</source>
        <translation>Відкрити записане у його програмі</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Показати в &amp;теці</translation>
    </message>
    <message>
        <source>Open the folder that holds it</source>
        <translation>Відкрити теку, де воно лежить</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>Готово %1 з %2</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>Готово: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was left half-written.</source>
        <translation>Перервано. Нічого не залишилося записаним наполовину.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Перериваємо…</translation>
    </message>
</context>
<context>
    <name>TextResultsView</name>
    <message>
        <source>Texts found</source>
        <translation>Знайдені тексти</translation>
    </message>
    <message>
        <source>Type words in the search box to find them in the text of pages, in claims and in notes, in any grammatical form.</source>
        <translation>Наберіть слова в полі пошуку, щоб знайти їх у тексті сторінок, у відомостях і нотатках — у будь-якій граматичній формі.</translation>
    </message>
    <message>
        <source>No page, claim or note contains “%1”.</source>
        <translation>На жодній сторінці, у відомостях чи нотатках немає «%1».</translation>
    </message>
    <message>
        <source>The words occur in many more places; the newest are shown. Add a word to narrow the search.</source>
        <translation>Ці слова трапляються ще в багатьох місцях; показано найновіші. Додайте слово, щоб звузити пошук.</translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation>Нотатки: %1</translation>
    </message>
    <message>
        <source>Conclusion about %1</source>
        <translation>Висновок дослідника: %1</translation>
    </message>
    <message>
        <source>, page %1</source>
        <translation>, сторінка %1</translation>
    </message>
    <message>
        <source>a claim about %1</source>
        <translation>відомості про особу: %1</translation>
    </message>
    <message>
        <source>the document&apos;s description</source>
        <translation>опис документа</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>What the documents say</source>
        <translation>Що кажуть документи</translation>
    </message>
    <message>
        <source>Up and Down choose a claim, Enter edits it</source>
        <translation>Стрілки вгору і вниз вибирають відомість, Enter відкриває її для правки</translation>
    </message>
</context>
<context>
    <name>TranscriptionEditor</name>
    <message>
        <source>Text of the page</source>
        <translation>Текст сторінки</translation>
    </message>
    <message>
        <source>The page&apos;s transcription; the word at the cursor is marked on the image</source>
        <translation>Текст сторінки; слово під курсором позначено на зображенні</translation>
    </message>
    <message>
        <source>This page has no text yet. Type what it says, or run text recognition.</source>
        <translation>Ця сторінка поки не має тексту. Наберіть його або запустіть розпізнавання.</translation>
    </message>
    <message>
        <source>Recognised with low confidence: check this word</source>
        <translation>Розпізнано непевно: перевірте це слово</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Spravka — welcome</source>
        <translation>Справка — ласкаво просимо</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <source>Welcome to Spravka</source>
        <translation>Ласкаво просимо до «Справки»</translation>
    </message>
    <message>
        <source>Spravka keeps your family&apos;s archival certificates together: the scans, their text, and what each document says about each person — so you can see where the official record contradicts itself. Everything stays on this computer.</source>
        <translation>«Справка» збирає разом архівні документи вашої родини: скани, їхній текст і те, що кожен документ каже про кожну людину, — щоб було видно, де офіційні папери суперечать самі собі. Усе зберігається лише на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>Create a new catalogue</source>
        <translation>Створити новий каталог</translation>
    </message>
    <message>
        <source>In the usual place for your documents: %1</source>
        <translation>У звичному місці для ваших даних: %1</translation>
    </message>
    <message>
        <source>Create a catalogue in another folder…</source>
        <translation>Створити каталог в іншій теці…</translation>
    </message>
    <message>
        <source>For example on an external disk; choose an empty folder.</source>
        <translation>Наприклад, на зовнішньому диску; виберіть порожню теку.</translation>
    </message>
    <message>
        <source>Open an existing catalogue…</source>
        <translation>Відкрити наявний каталог…</translation>
    </message>
    <message>
        <source>A folder made by Spravka before, here or on another computer.</source>
        <translation>Теку, створену «Справкою» раніше, тут або на іншому комп’ютері.</translation>
    </message>
    <message>
        <source>Try the sample catalogue</source>
        <translation>Переглянути приклад каталогу</translation>
    </message>
    <message>
        <source>Four fictional people with their certificates, one of them with a death date invented under KGB instruction 108ss. Kept apart from your own catalogue.</source>
        <translation>Четверо вигаданих людей з їхніми довідками; в одного з них дату смерті вигадано за вказівкою КДБ № 108сс. Приклад зберігається окремо від вашого каталогу.</translation>
    </message>
    <message>
        <source>Name a new folder for the catalogue (or choose an empty one)</source>
        <translation>Назвіть нову теку для каталогу (або виберіть порожню)</translation>
    </message>
    <message>
        <source>Spravka catalogue</source>
        <translation>Каталог Довідки</translation>
    </message>
    <message>
        <source>Choose a catalogue folder</source>
        <translation>Виберіть теку каталогу</translation>
    </message>
</context>
<context>
    <name>Work</name>
    <message>
        <source>&amp;Import scans…</source>
        <translation>&amp;Імпорт сканів…</translation>
    </message>
    <message>
        <source>Add image files or PDFs to the catalogue as documents</source>
        <translation>Додати до каталогу зображення або PDF як документи</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Імпорт &amp;теки…</translation>
    </message>
    <message>
        <source>Add every scan in a folder and the folders inside it</source>
        <translation>Додати всі скани з теки та вкладених тек</translation>
    </message>
    <message>
        <source>S&amp;can…</source>
        <translation>С&amp;канувати…</translation>
    </message>
    <message>
        <source>Scan a page with a scanner</source>
        <translation>Відсканувати сторінку сканером</translation>
    </message>
    <message>
        <source>&amp;Text recognition (OCR)</source>
        <translation>&amp;Розпізнавання тексту (OCR)</translation>
    </message>
    <message>
        <source>Pages waiting for text recognition, and running it</source>
        <translation>Сторінки, що чекають на розпізнавання тексту, і запуск розпізнавання</translation>
    </message>
    <message>
        <source>C&amp;heck the catalogue</source>
        <translation>&amp;Перевірити каталог</translation>
    </message>
    <message>
        <source>Look for invented death dates (instruction 108ss) and contradictions in every person&apos;s claims</source>
        <translation>Шукати вигадані дати смерті (вказівка 108сс) і суперечності у відомостях про кожну особу</translation>
    </message>
    <message>
        <source>Checking the catalogue</source>
        <translation>Перевірка каталогу</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) checked.</source>
        <translation>
            <numerusform>Перевірено %n особу.</numerusform>
            <numerusform>Перевірено %n особи.</numerusform>
            <numerusform>Перевірено %n осіб.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) raised</source>
        <translation>
            <numerusform>Поставлено %n позначку</numerusform>
            <numerusform>Поставлено %n позначки</numerusform>
            <numerusform>Поставлено %n позначок</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 new, %2 refreshed, %3 left dismissed as you decided).</source>
        <translation>(нових: %1, оновлено: %2, залишено відхиленими за вашим рішенням: %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested flag(s) removed: their claims changed.</source>
        <translation>
            <numerusform>Знято %n запропоновану позначку: відомості змінилися.</numerusform>
            <numerusform>Знято %n запропоновані позначки: відомості змінилися.</numerusform>
            <numerusform>Знято %n запропонованих позначок: відомості змінилися.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No document open</source>
        <translation>Документ не відкрито</translation>
    </message>
    <message>
        <source>Page of the document</source>
        <translation>Сторінка документа</translation>
    </message>
    <message>
        <source>Open a document to see its pages here: double-click a document in the dossier, or click the source of a claim to see the words it cites.</source>
        <translation>Відкрийте документ, щоб побачити тут його сторінки: двічі клацніть документ у досьє або натисніть на джерело відомостей, щоб побачити цитовані слова.</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>Зберегти текст</translation>
    </message>
    <message>
        <source>Save the corrected text as a new version (earlier versions are kept)</source>
        <translation>Зберегти виправлений текст як нову версію (попередні версії зберігаються)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Історія…</translation>
    </message>
    <message>
        <source>Earlier versions of this page&apos;s text</source>
        <translation>Попередні версії тексту цієї сторінки</translation>
    </message>
    <message>
        <source>Next doubtful word</source>
        <translation>Наступне сумнівне слово</translation>
    </message>
    <message>
        <source>Go to the next word recognised with low confidence</source>
        <translation>Перейти до наступного слова, розпізнаного непевно</translation>
    </message>
    <message>
        <source>Create claim from selection…</source>
        <translation>Відомості з виділеного…</translation>
    </message>
    <message>
        <source>Record what the selected words state, citing this page</source>
        <translation>Записати, що повідомляють виділені слова, з посиланням на цю сторінку</translation>
    </message>
    <message>
        <source>Propose claims from this page</source>
        <translation>Запропонувати відомості з цієї сторінки</translation>
    </message>
    <message>
        <source>Read the dates, sentences and causes this page states and suggest them as claims, each citing its words, for you to accept or reject</source>
        <translation>Прочитати дати, вироки й причини, які називає ця сторінка, і запропонувати їх як відомості з посиланням на слова — щоб ви прийняли або відхилили їх</translation>
    </message>
    <message>
        <source>Propose claims</source>
        <translation>Запропонувати відомості</translation>
    </message>
    <message>
        <source>Document &amp;details…</source>
        <translation>&amp;Реквізити документа…</translation>
    </message>
    <message>
        <source>The kind of document, who issued it and when, where it is kept</source>
        <translation>Вид документа, ким і коли видано, де зберігається</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Реквізити…</translation>
    </message>
    <message>
        <source>Recognise this document&apos;s text</source>
        <translation>Розпізнати текст цього документа</translation>
    </message>
    <message>
        <source>Run text recognition (OCR) on the pages of this document that need it</source>
        <translation>Розпізнати текст (OCR) на сторінках цього документа, де це потрібно</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Попередня сторінка</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Наступна сторінка</translation>
    </message>
    <message>
        <source>The page could not be opened</source>
        <translation>Не вдалося відкрити сторінку</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>No text saved for this page yet.</source>
        <translation>Для цієї сторінки текст ще не збережено.</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Версія %1 · %2 · %3</translation>
    </message>
    <message>
        <source> · confidence %1 %</source>
        <translation> · впевненість %1 %</translation>
    </message>
    <message numerus="yes">
        <source> · %n doubtful word(s) (F8)</source>
        <translation>
            <numerusform> · %n сумнівне слово (F8)</numerusform>
            <numerusform> · %n сумнівні слова (F8)</numerusform>
            <numerusform> · %n сумнівних слів (F8)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Незбережений текст</translation>
    </message>
    <message>
        <source>The text of this page was changed. Save it as a new version?</source>
        <translation>Текст цієї сторінки змінено. Зберегти його як нову версію?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
</context>
</TS>
