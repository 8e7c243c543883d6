<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Spravka</source>
        <translation>О программе «Справка»</translation>
    </message>
    <message>
        <source>A catalogue of archival certificates on victims of Soviet political repression: every document, its text and what it claims, and where the documents contradict each other.</source>
        <translation>Каталог архивных справок о жертвах советских политических репрессий: каждый документ, его текст и что он сообщает — и где документы противоречат друг другу.</translation>
    </message>
    <message>
        <source>It works offline: nothing leaves this computer.</source>
        <translation>Программа работает без интернета: ничто не покидает этот компьютер.</translation>
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
        <translation>Распознавание текста: ищем Tesseract…</translation>
    </message>
    <message>
        <source>Text recognition: Tesseract %1 (%2)</source>
        <translation>Распознавание текста: Tesseract %1 (%2)</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>украинский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>present</source>
        <translation>установлен</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>To read those languages, install %1.</source>
        <translation>Чтобы распознавать эти языки, установите %1.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear the text</source>
        <translation>Очистить текст</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The catalogue is open elsewhere</source>
        <translation>Каталог открыт в другом окне</translation>
    </message>
    <message>
        <source>The catalogue %1 is open in another Spravka window. Only one window at a time may change a catalogue, so that no change is lost.</source>
        <translation>Каталог %1 открыт в другом окне «Справки». Менять каталог может только одно окно одновременно — так ни одно изменение не потеряется.</translation>
    </message>
    <message>
        <source>You can open it read-only here (to read, search and export), or choose another catalogue.</source>
        <translation>Здесь его можно открыть только для чтения (читать, искать и выгружать) или выбрать другой каталог.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>Choose another catalogue…</source>
        <translation>Выбрать другой каталог…</translation>
    </message>
    <message>
        <source>The catalogue could not be opened</source>
        <translation>Не удалось открыть каталог</translation>
    </message>
    <message>
        <source>The catalogue could not be created</source>
        <translation>Не удалось создать каталог</translation>
    </message>
    <message>
        <source>The catalogue&apos;s database is damaged, so nothing will be written to it. Help ▸ Check the catalogue&apos;s integrity shows what is wrong and restores the newest good automatic backup into a new folder.</source>
        <translation>База данных каталога повреждена, поэтому в неё ничего не будет записано. «Справка ▸ Проверить целостность каталога» покажет, что не так, и восстановит новейшую исправную автоматическую копию в новую папку.</translation>
    </message>
    <message>
        <source>This catalogue is open in another Spravka window, which alone may change it. To make changes here, close the other window and open the catalogue again.</source>
        <translation>Этот каталог открыт в другом окне «Справки», и менять его может только оно. Чтобы вносить изменения здесь, закройте то окно и откройте каталог снова.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s folder cannot be written (a read-only disk, or no permission).</source>
        <translation>В папку каталога нельзя записывать (диск только для чтения или нет прав).</translation>
    </message>
    <message>
        <source>The sample catalogue could not be made</source>
        <translation>Не удалось создать пример каталога</translation>
    </message>
    <message>
        <source>Choose a catalogue folder</source>
        <translation>Выберите папку каталога</translation>
    </message>
    <message>
        <source>Name a new folder for the catalogue (or choose an empty one)</source>
        <translation>Назовите новую папку для каталога (или выберите пустую)</translation>
    </message>
    <message>
        <source>Spravka catalogue</source>
        <translation>Каталог Справки</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Person:</source>
        <translation>Человек:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Событие:</translation>
    </message>
    <message>
        <source>e.g. 20.10.1937, 10.1937 or 1937</source>
        <translation>например, 20.10.1937, 10.1937 или 1937</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Статья:</translation>
    </message>
    <message>
        <source>&amp;Sentence:</source>
        <translation>&amp;Приговор:</translation>
    </message>
    <message>
        <source>&amp;Cause of death:</source>
        <translation>&amp;Причина смерти:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>The court, troika or office that decided, as written</source>
        <translation>Суд, тройка или орган, вынесший решение, — как в документе</translation>
    </message>
    <message>
        <source>e.g. 58-10 or 54-10</source>
        <translation>например, 58-10 или 54-10</translation>
    </message>
    <message>
        <source>e.g. ВМН or 10 лет ИТЛ</source>
        <translation>например, ВМН или 10 лет ИТЛ</translation>
    </message>
    <message>
        <source>e.g. за отсутствием состава преступления</source>
        <translation>например, за отсутствием состава преступления</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>&amp;Quoted words:</source>
        <translation>&amp;Цитата:</translation>
    </message>
    <message>
        <source> (the selected words are marked on the page)</source>
        <translation> (выделенные слова отмечены на странице)</translation>
    </message>
    <message>
        <source>Cited document kept as it is</source>
        <translation>Ссылка на документ остаётся прежней</translation>
    </message>
    <message>
        <source>No document: the claim is your own conclusion</source>
        <translation>Без документа: это ваш собственный вывод</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Write the date as 20.10.1937, 10.1937, 1937 or 1937-10-20.</source>
        <translation>Запишите дату как 20.10.1937, 10.1937, 1937 или 1937-10-20.</translation>
    </message>
</context>
<context>
    <name>ClaimRow</name>
    <message>
        <source>This claim is part of a flag or a disagreement</source>
        <translation>Это сведение относится к отметке или к противоречию</translation>
    </message>
    <message>
        <source>Open the page with the cited words marked</source>
        <translation>Открыть страницу с отмеченными словами</translation>
    </message>
    <message>
        <source>Suggested by the program; not yet accepted</source>
        <translation>Предложено программой; ещё не принято</translation>
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
        <translation>приговор: %1</translation>
    </message>
    <message>
        <source>cause: %1</source>
        <translation>причина: %1</translation>
    </message>
    <message>
        <source>your conclusion</source>
        <translation>ваш вывод</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> %1 г.</translation>
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
        <translation>Проверка целостности каталога</translation>
    </message>
    <message>
        <source>Checking the database, every image and the search index…</source>
        <translation>Проверяются база данных, все изображения и поисковый индекс…</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Что нашла проверка</translation>
    </message>
    <message>
        <source>Restore the backup into a new folder</source>
        <translation>Восстановить копию в новую папку</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>Базу данных невозможно прочитать</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>A row refers to a record that does not exist</source>
        <translation>Строка ссылается на несуществующую запись</translation>
    </message>
    <message>
        <source>An image no longer matches its SHA-256 (damaged)</source>
        <translation>Изображение не совпадает со своей суммой SHA-256 (повреждено)</translation>
    </message>
    <message>
        <source>An image the database refers to is missing</source>
        <translation>Нет изображения, на которое ссылается база данных</translation>
    </message>
    <message>
        <source>An image no record refers to (harmless)</source>
        <translation>Изображение, на которое не ссылается ни одна запись (безвредно)</translation>
    </message>
    <message>
        <source>A stray file in the image store (harmless)</source>
        <translation>Посторонний файл в хранилище изображений (безвредно)</translation>
    </message>
    <message>
        <source>The search index is of an older version</source>
        <translation>Поисковый индекс старой версии</translation>
    </message>
    <message>
        <source>Records are missing from the search index</source>
        <translation>В поисковом индексе не хватает записей</translation>
    </message>
    <message>
        <source>Page texts are out of step with the search index</source>
        <translation>Тексты страниц расходятся с поисковым индексом</translation>
    </message>
    <message>
        <source>The full-text index is damaged</source>
        <translation>Полнотекстовый индекс повреждён</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Повреждено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>An intact copy of image %1 is in %2</source>
        <translation>Целая копия изображения %1 есть в %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) checked.</source>
        <translation>
            <numerusform>%n изображение проверено.</numerusform>
            <numerusform>%n изображения проверено.</numerusform>
            <numerusform>%n изображений проверено.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue is healthy.</source>
        <translation>Каталог в порядке.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s database is damaged; nothing will be written to it. The newest automatic backup that passes the same checks is %1. It can be restored into a new folder; the damaged catalogue is left as it is.</source>
        <translation>База данных каталога повреждена; в неё ничего не будет записано. Новейшая автоматическая копия, прошедшая те же проверки: %1. Её можно восстановить в новую папку; повреждённый каталог останется как есть.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s database is damaged, and no automatic backup passes the checks. Restore a backup of your own (File ▸ Restore a backup…).</source>
        <translation>База данных каталога повреждена, и ни одна автоматическая копия не прошла проверки. Восстановите собственную резервную копию («Файл ▸ Восстановить из копии…»).</translation>
    </message>
    <message>
        <source>The search index is out of step: run `spravka reindex` to rebuild it.</source>
        <translation>Поисковый индекс расходится с данными: перестройте его командой `spravka reindex`.</translation>
    </message>
    <message>
        <source>The catalogue has damaged or missing images.</source>
        <translation>В каталоге есть повреждённые или отсутствующие изображения.</translation>
    </message>
    <message>
        <source>The backup was restored into %1.</source>
        <translation>Копия восстановлена в %1.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document details</source>
        <translation>Реквизиты документа</translation>
    </message>
    <message>
        <source>e.g. Бюро ЗАГС Кировского района г. Иркутска</source>
        <translation>например, Бюро ЗАГС Кировского района г. Иркутска</translation>
    </message>
    <message>
        <source>e.g. 12.11.1957</source>
        <translation>например, 12.11.1957</translation>
    </message>
    <message>
        <source>For civil registry certificates: the date of the act record, which a repeat certificate copies from the original</source>
        <translation>Для свидетельств ЗАГС: дата актовой записи, которую повторное свидетельство переписывает из первого</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>архив</translation>
    </message>
    <message>
        <source>fond</source>
        <translation>фонд</translation>
    </message>
    <message>
        <source>opis</source>
        <translation>опись</translation>
    </message>
    <message>
        <source>delo</source>
        <translation>дело</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>листы</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Кем выдан:</translation>
    </message>
    <message>
        <source>Date of &amp;issue:</source>
        <translation>Дата в&amp;ыдачи:</translation>
    </message>
    <message>
        <source>&amp;Act record of:</source>
        <translation>Дата &amp;актовой записи:</translation>
    </message>
    <message>
        <source>Archive reference:</source>
        <translation>Архивный шифр:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Write the date as 12.11.1957, 11.1957 or 1957.</source>
        <translation>Запишите дату как 12.11.1957, 11.1957 или 1957.</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>Claim %1 says the same as claim %2, already recorded: nothing added.</source>
        <translation>Утверждение %1 повторяет уже записанное утверждение %2: ничего не добавлено.</translation>
    </message>
    <message>
        <source>Link document %1 to a person</source>
        <translation>Связать документ %1 с человеком</translation>
    </message>
    <message>
        <source>New person from document %1</source>
        <translation>Новый человек из документа %1</translation>
    </message>
    <message>
        <source>Link a person to document %1</source>
        <translation>Связать человека с документом %1</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Убрать связь</translation>
    </message>
    <message>
        <source>This document is linked to no one.</source>
        <translation>Этот документ ни с кем не связан.</translation>
    </message>
    <message>
        <source>Person to unlink:</source>
        <translation>С кем убрать связь:</translation>
    </message>
    <message>
        <source>Unlink a person from document %1</source>
        <translation>Убрать связь человека с документом %1</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Tag (a box, a family, a batch):</source>
        <translation>Метка (коробка, семья, партия):</translation>
    </message>
    <message>
        <source>Tag document %1 «%2»</source>
        <translation>Метка «%2» на документе %1</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Снять метку</translation>
    </message>
    <message>
        <source>Tag to take off:</source>
        <translation>Какую метку снять:</translation>
    </message>
    <message>
        <source>Remove tag «%2» from document %1</source>
        <translation>Снять метку «%2» с документа %1</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Стр.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Archive reference</source>
        <translation>Архивный шифр</translation>
    </message>
    <message>
        <source>The first page; click to sort by when the document was added</source>
        <translation>Первая страница; щёлкните, чтобы упорядочить по времени добавления</translation>
    </message>
    <message>
        <source>Kind of document; click to sort</source>
        <translation>Вид документа; щёлкните, чтобы упорядочить</translation>
    </message>
    <message>
        <source>Title; click to sort</source>
        <translation>Название; щёлкните, чтобы упорядочить</translation>
    </message>
    <message>
        <source>Persons the document concerns</source>
        <translation>Люди, о которых документ</translation>
    </message>
    <message>
        <source>Date of issue; click to sort</source>
        <translation>Дата выдачи; щёлкните, чтобы упорядочить</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Число страниц</translation>
    </message>
    <message>
        <source>Whether the pages&apos; text has been read and corrected</source>
        <translation>Распознан ли текст страниц и исправлен ли он</translation>
    </message>
    <message>
        <source>Who issued the document</source>
        <translation>Кто выдал документ</translation>
    </message>
    <message>
        <source>Archive, fond, opis, delo and sheets</source>
        <translation>Архив, фонд, опись, дело и листы</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалён)</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Документ %1</translation>
    </message>
    <message>
        <source>linked to no one</source>
        <translation>ни с кем не связан</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Words to find in the documents</source>
        <translation>Слова для поиска в документах</translation>
    </message>
    <message>
        <source>Find words in titles, issuers and texts…</source>
        <translation>Поиск в названиях, выдавших органах и текстах…</translation>
    </message>
    <message>
        <source>&amp;Inbox: linked to no one</source>
        <translation>&amp;Входящие: ни с кем не связаны</translation>
    </message>
    <message>
        <source>Show only documents linked to no one</source>
        <translation>Показывать только документы, ни с кем не связанные</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>State of the text</source>
        <translation>Состояние текста</translation>
    </message>
    <message>
        <source>Any text state</source>
        <translation>Любое состояние текста</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>&amp;Link person…</source>
        <translation>&amp;Связать с человеком…</translation>
    </message>
    <message>
        <source>Ta&amp;g…</source>
        <translation>&amp;Метка…</translation>
    </message>
    <message>
        <source>Remo&amp;ve tag…</source>
        <translation>Сн&amp;ять метку…</translation>
    </message>
    <message>
        <source>Take a tag off the selected document</source>
        <translation>Снять метку с выбранного документа</translation>
    </message>
    <message>
        <source>Find its pe&amp;rson</source>
        <translation>&amp;Найти, о ком он</translation>
    </message>
    <message>
        <source>Link a person to the selected document</source>
        <translation>Связать человека с выбранным документом</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>&amp;Убрать связь…</translation>
    </message>
    <message>
        <source>Remove a person&apos;s link to the selected document</source>
        <translation>Убрать связь человека с выбранным документом</translation>
    </message>
    <message>
        <source>Put a tag on the selected document</source>
        <translation>Поставить метку на выбранный документ</translation>
    </message>
    <message>
        <source>Find the person the selected document&apos;s text names</source>
        <translation>Найти человека, названного в тексте выбранного документа</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the inbox</source>
        <translation>
            <numerusform>%n во входящих</numerusform>
            <numerusform>%n во входящих</numerusform>
            <numerusform>%n во входящих</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Dossier</source>
        <translation>Досье</translation>
    </message>
    <message>
        <source>Choose a person in the list to see their dossier.</source>
        <translation>Выберите человека в списке, чтобы увидеть его досье.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit this person&apos;s names and details (F2)</source>
        <translation>Изменить имя и сведения о человеке (F2)</translation>
    </message>
    <message>
        <source>born %1, %2</source>
        <translation>род. %1, %2</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>род. %1</translation>
    </message>
    <message>
        <source>born in %1</source>
        <translation>место рождения: %1</translation>
    </message>
    <message>
        <source>lived in %1</source>
        <translation>проживал(а): %1</translation>
    </message>
    <message>
        <source>Also written as: %1</source>
        <translation>Другие написания: %1</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Suggested from the text (%1)</source>
        <translation>Предложено по тексту (%1)</translation>
    </message>
    <message>
        <source>The documents disagree about how and when the person died</source>
        <translation>Документы расходятся в том, как и когда человек погиб</translation>
    </message>
    <message>
        <source>The documents disagree about the birth</source>
        <translation>Документы расходятся в сведениях о рождении</translation>
    </message>
    <message>
        <source>The documents disagree about the arrest</source>
        <translation>Документы расходятся в сведениях об аресте</translation>
    </message>
    <message>
        <source>The documents disagree about the sentence</source>
        <translation>Документы расходятся в сведениях о приговоре</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>Open the page this claim comes from</source>
        <translation>Открыть страницу, откуда взято это сведение</translation>
    </message>
    <message>
        <source>What the documents say</source>
        <translation>Что говорят документы</translation>
    </message>
    <message>
        <source>Add claim…</source>
        <translation>Добавить сведение…</translation>
    </message>
    <message>
        <source>Record what a document (or your research) states</source>
        <translation>Записать, что утверждает документ (или ваше исследование)</translation>
    </message>
    <message>
        <source>No claims yet. Add what the documents state.</source>
        <translation>Сведений пока нет. Добавьте то, что сообщают документы.</translation>
    </message>
    <message>
        <source>Edit claim…</source>
        <translation>Изменить сведение…</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Удалить сведение</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>No documents are linked to this person yet.</source>
        <translation>С этим человеком пока не связано ни одного документа.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Persons recorded twice</source>
        <translation>Люди, записанные дважды</translation>
    </message>
    <message>
        <source>Looking for persons recorded twice…</source>
        <translation>Поиск людей, записанных дважды…</translation>
    </message>
    <message>
        <source>Pairs that may be one person</source>
        <translation>Пары, которые могут быть одним человеком</translation>
    </message>
    <message>
        <source>Keep the left record, merge the right into it</source>
        <translation>Оставить левую запись, присоединить к ней правую</translation>
    </message>
    <message>
        <source>Keep the right record, merge the left into it</source>
        <translation>Оставить правую запись, присоединить к ней левую</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be one person, most alike first.</source>
        <translation>
            <numerusform>%n пара, которая может быть одним человеком; самые похожие первыми.</numerusform>
            <numerusform>%n пары, которые могут быть одним человеком; самые похожие первыми.</numerusform>
            <numerusform>%n пар, которые могут быть одним человеком; самые похожие первыми.</numerusform>
        </translation>
    </message>
    <message>
        <source>No persons seem to be recorded twice.</source>
        <translation>Похоже, никто не записан дважды.</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>The records differ (both are kept): %1</source>
        <translation>Записи расходятся (сохраняется и то, и другое): %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>род. %1</translation>
    </message>
    <message>
        <source>Also written as: %1</source>
        <translation>Пишется также: %1</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Новый человек…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Изменить сведения о человеке…</translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation>&amp;Удалить человека</translation>
    </message>
    <message>
        <source>&amp;Add claim…</source>
        <translation>&amp;Добавить сведение…</translation>
    </message>
    <message>
        <source>Edit &amp;claim…</source>
        <translation>Изменить &amp;сведение…</translation>
    </message>
    <message>
        <source>De&amp;lete claim</source>
        <translation>Уд&amp;алить сведение</translation>
    </message>
    <message>
        <source>&amp;Paste a record…</source>
        <translation>&amp;Вставить запись…</translation>
    </message>
    <message>
        <source>Read a Memorial or Book-of-Memory record into a person and claims</source>
        <translation>Прочитать запись «Мемориала» или Книги памяти в сведения о человеке</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Добавить: %1</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Сведения о человеке</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Удалить человека</translation>
    </message>
    <message>
        <source>Delete %1 with all their claims and flags? Their documents stay in the catalogue. You can undo this with %2.</source>
        <translation>Удалить %1 вместе со всеми сведениями и отметками? Документы останутся в каталоге. Удаление можно отменить клавишами %2.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить: %1</translation>
    </message>
    <message>
        <source>Add the record of %1</source>
        <translation>Добавить запись: %1</translation>
    </message>
    <message>
        <source>New claim about %1</source>
        <translation>Новое сведение: %1</translation>
    </message>
    <message>
        <source>Create claim</source>
        <translation>Создать сведение</translation>
    </message>
    <message>
        <source>Choose the person this document is about in the list first.</source>
        <translation>Сначала выберите в списке человека, о котором этот документ.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> от %1</translation>
    </message>
    <message>
        <source>, page %1</source>
        <translation>, страница %1</translation>
    </message>
    <message>
        <source>New claim from the selected words</source>
        <translation>Новое сведение по выделенным словам</translation>
    </message>
    <message>
        <source>Add claim: %1</source>
        <translation>Добавить сведение: %1</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Изменить сведение</translation>
    </message>
    <message>
        <source>Edit claim: %1</source>
        <translation>Изменить сведение: %1</translation>
    </message>
    <message>
        <source>Delete claim: %1</source>
        <translation>Удалить сведение: %1</translation>
    </message>
    <message>
        <source>Confirm flag</source>
        <translation>Подтвердить отметку</translation>
    </message>
    <message>
        <source>Dismiss flag</source>
        <translation>Отклонить отметку</translation>
    </message>
    <message>
        <source>Review flag again</source>
        <translation>Вернуть отметку на проверку</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested claim(s)</source>
        <translation>
            <numerusform>Принять %n предложенное сведение</numerusform>
            <numerusform>Принять %n предложенных сведения</numerusform>
            <numerusform>Принять %n предложенных сведений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n suggested claim(s)</source>
        <translation>
            <numerusform>Отклонить %n предложенное сведение</numerusform>
            <numerusform>Отклонить %n предложенных сведения</numerusform>
            <numerusform>Отклонить %n предложенных сведений</numerusform>
        </translation>
    </message>
    <message>
        <source>Propose claims</source>
        <translation>Предложить сведения</translation>
    </message>
    <message>
        <source>Nothing new to propose from this page.</source>
        <translation>На этой странице нет ничего нового, что можно предложить.</translation>
    </message>
    <message numerus="yes">
        <source>Propose %n claim(s) from the page</source>
        <translation>
            <numerusform>Предложить %n сведение со страницы</numerusform>
            <numerusform>Предложить %n сведения со страницы</numerusform>
            <numerusform>Предложить %n сведений со страницы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) proposed: accept or reject them in the dossier.</source>
        <translation>
            <numerusform>Предложено %n сведение: примите или отклоните его в досье.</numerusform>
            <numerusform>Предложено %n сведения: примите или отклоните их в досье.</numerusform>
            <numerusform>Предложено %n сведений: примите или отклоните их в досье.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate page</source>
        <translation>Повернуть страницу</translation>
    </message>
    <message>
        <source>Crop page</source>
        <translation>Обрезать страницу</translation>
    </message>
    <message>
        <source>Undo crop</source>
        <translation>Отменить обрезку</translation>
    </message>
    <message>
        <source>Straighten page</source>
        <translation>Выровнять страницу</translation>
    </message>
    <message>
        <source>Adjust page image</source>
        <translation>Настроить изображение страницы</translation>
    </message>
</context>
<context>
    <name>ExportPrivacyDialog</name>
    <message>
        <source>Living people</source>
        <translation>Живые люди</translation>
    </message>
    <message>
        <source>A person born less than 100 years ago with no death, execution or burial in the catalogue is presumed living (or marked so by hand).</source>
        <translation>Человек, родившийся менее 100 лет назад, о смерти, расстреле или погребении которого в каталоге нет сведений, считается живым (или отмечен так вручную).</translation>
    </message>
    <message>
        <source>&amp;Names only: no dates, places, notes or documents</source>
        <translation>&amp;Только имена: без дат, мест, заметок и документов</translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation>&amp;Не включать их</translation>
    </message>
    <message>
        <source>&amp;Everything, as in the catalogue</source>
        <translation>&amp;Всё, как в каталоге</translation>
    </message>
    <message>
        <source>Include &amp;private notes, claims and documents</source>
        <translation>Включить &amp;личные заметки, утверждения и документы</translation>
    </message>
</context>
<context>
    <name>FamilyActions</name>
    <message>
        <source>Add &amp;relative…</source>
        <translation>Добавить &amp;родственника…</translation>
    </message>
    <message>
        <source>Add a parent, spouse, child or sibling of this person</source>
        <translation>Добавить родителя, супруга, ребёнка, брата или сестру этого человека</translation>
    </message>
    <message>
        <source>Find persons recorded &amp;twice…</source>
        <translation>Найти людей, записанных &amp;дважды…</translation>
    </message>
    <message>
        <source>Pairs of records that may be one person, with a merge</source>
        <translation>Пары записей, которые могут быть одним человеком, и их объединение</translation>
    </message>
    <message>
        <source>Add a relative of %1</source>
        <translation>Добавить родственника: %1</translation>
    </message>
    <message>
        <source>Remove a relationship</source>
        <translation>Удалить родственную связь</translation>
    </message>
    <message>
        <source>Accept a relative</source>
        <translation>Принять родственника</translation>
    </message>
    <message>
        <source>Dismiss a relative</source>
        <translation>Отклонить родственника</translation>
    </message>
    <message>
        <source>Merge two records of one person</source>
        <translation>Объединить две записи одного человека</translation>
    </message>
</context>
<context>
    <name>FamilyPanel</name>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Add relative…</source>
        <translation>Добавить родственника…</translation>
    </message>
    <message>
        <source>Add a parent, spouse, child or sibling</source>
        <translation>Добавить родителя, супруга, ребёнка, брата или сестру</translation>
    </message>
    <message>
        <source>Family member of a traitor to the Motherland (ЧСИР)</source>
        <translation>Член семьи изменника Родины (ЧСИР)</translation>
    </message>
    <message>
        <source>No relatives recorded.</source>
        <translation>Родственники не записаны.</translation>
    </message>
    <message>
        <source>Open %1&apos;s dossier</source>
        <translation>Открыть досье: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>married %1</source>
        <translation>брак: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>ЧСИР</source>
        <translation>ЧСИР</translation>
    </message>
    <message>
        <source>through a shared parent</source>
        <translation>по общему родителю</translation>
    </message>
    <message>
        <source>The words of the source</source>
        <translation>Слова источника</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>This relative is right</source>
        <translation>Этот родственник указан верно</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Not a relative</source>
        <translation>Не родственник</translation>
    </message>
    <message>
        <source>Remove this relationship</source>
        <translation>Удалить эту родственную связь</translation>
    </message>
    <message>
        <source>Remove the relationship with %1</source>
        <translation>Удалить родственную связь: %1</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>Files to import</source>
        <translation>Файлы для импорта</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Family tree (&amp;GEDCOM)…</source>
        <translation>Родословная (&amp;GEDCOM)…</translation>
    </message>
    <message>
        <source>For genealogy programs: persons, events and their sources</source>
        <translation>Для генеалогических программ: люди, события и их источники</translation>
    </message>
    <message>
        <source>&amp;Tables (CSV)…</source>
        <translation>&amp;Таблицы (CSV)…</translation>
    </message>
    <message>
        <source>persons.csv, claims.csv and documents.csv, for a spreadsheet</source>
        <translation>persons.csv, claims.csv и documents.csv — для электронных таблиц</translation>
    </message>
    <message>
        <source>Whole catalogue (&amp;JSON)…</source>
        <translation>Весь каталог (&amp;JSON)…</translation>
    </message>
    <message>
        <source>The interchange format: everything, for another program or a later load</source>
        <translation>Формат обмена: всё целиком, для другой программы или последующей загрузки</translation>
    </message>
    <message>
        <source>&amp;Dossier of this person (PDF)…</source>
        <translation>&amp;Досье этого человека (PDF)…</translation>
    </message>
    <message>
        <source>A printable dossier: the timeline, the conflicts, the flags and the pages</source>
        <translation>Досье для печати: хронология, противоречия, отметки и страницы</translation>
    </message>
    <message>
        <source>Document as searchable &amp;PDF…</source>
        <translation>Документ как PDF с &amp;поиском…</translation>
    </message>
    <message>
        <source>The page images with their text, searchable in any PDF reader</source>
        <translation>Изображения страниц с текстом, по которому можно искать в любой программе для PDF</translation>
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
        <translation>Текст документа простым те&amp;кстом…</translation>
    </message>
    <message>
        <source>&amp;Export an exchange package…</source>
        <translation>&amp;Выгрузить пакет обмена…</translation>
    </message>
    <message>
        <source>A single file with persons, documents and images for another catalogue</source>
        <translation>Один файл с людьми, документами и изображениями для другого каталога</translation>
    </message>
    <message>
        <source>&amp;Import an exchange package…</source>
        <translation>&amp;Загрузить пакет обмена…</translation>
    </message>
    <message>
        <source>Merge a package from another catalogue; nothing here is overwritten</source>
        <translation>Добавить пакет из другого каталога; ничего здесь не перезаписывается</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>A complete, verified copy of the catalogue in a folder you choose</source>
        <translation>Полная проверенная копия каталога в выбранной папке</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder and open it</source>
        <translation>Восстановить резервную копию в новую папку и открыть её</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Выгрузить</translation>
    </message>
    <message>
        <source>Exchange &amp;package</source>
        <translation>&amp;Пакет обмена</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Export a family tree</source>
        <translation>Выгрузить родословную</translation>
    </message>
    <message>
        <source>GEDCOM (*.ged)</source>
        <translation>GEDCOM (*.ged)</translation>
    </message>
    <message>
        <source>Exporting GEDCOM</source>
        <translation>Выгрузка GEDCOM</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder for the tables</source>
        <translation>Выберите папку для таблиц</translation>
    </message>
    <message>
        <source>Exporting tables</source>
        <translation>Выгрузка таблиц</translation>
    </message>
    <message>
        <source>Restore an &amp;encrypted backup…</source>
        <translation>Восстановить &amp;зашифрованную резервную копию…</translation>
    </message>
    <message>
        <source>Restore an encrypted backup file into a new folder and open it</source>
        <translation>Восстановить зашифрованный файл резервной копии в новую папку и открыть его</translation>
    </message>
    <message>
        <source>Export the whole catalogue</source>
        <translation>Выгрузить весь каталог</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting the catalogue</source>
        <translation>Выгрузка каталога</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier language</source>
        <translation>Язык досье</translation>
    </message>
    <message>
        <source>Language of the dossier:</source>
        <translation>Язык досье:</translation>
    </message>
    <message>
        <source>Save the dossier</source>
        <translation>Сохранить досье</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the dossier</source>
        <translation>Составление досье</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Сохранить документ в PDF</translation>
    </message>
    <message>
        <source>Making the PDF</source>
        <translation>Создание PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) searchable</source>
        <translation>
            <numerusform>%n слово доступно для поиска</numerusform>
            <numerusform>%n слова доступны для поиска</numerusform>
            <numerusform>%n слов доступны для поиска</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder for the ALTO files</source>
        <translation>Выберите папку для файлов ALTO</translation>
    </message>
    <message>
        <source>Choose a folder for the hOCR files</source>
        <translation>Выберите папку для файлов hOCR</translation>
    </message>
    <message>
        <source>Save the document&apos;s text</source>
        <translation>Сохранить текст документа</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Текст (*.txt)</translation>
    </message>
    <message>
        <source>Exporting the text</source>
        <translation>Выгрузка текста</translation>
    </message>
    <message>
        <source>Export an exchange package</source>
        <translation>Выгрузить пакет обмена</translation>
    </message>
    <message>
        <source>What should the package hold?</source>
        <translation>Что положить в пакет?</translation>
    </message>
    <message>
        <source>The whole catalogue</source>
        <translation>Весь каталог</translation>
    </message>
    <message>
        <source>Only %1 and their documents</source>
        <translation>Только %1 и документы</translation>
    </message>
    <message>
        <source>Save the exchange package</source>
        <translation>Сохранить пакет обмена</translation>
    </message>
    <message>
        <source>Spravka package (*.zip)</source>
        <translation>Пакет «Справки» (*.zip)</translation>
    </message>
    <message>
        <source>Save the encrypted exchange package</source>
        <translation>Сохранить зашифрованный пакет обмена</translation>
    </message>
    <message>
        <source>Encrypted Spravka package (*.age)</source>
        <translation>Зашифрованный пакет Spravka (*.age)</translation>
    </message>
    <message>
        <source>Making the exchange package</source>
        <translation>Создание пакета обмена</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n изображение</numerusform>
            <numerusform>%n изображения</numerusform>
            <numerusform>%n изображений</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an exchange package</source>
        <translation>Загрузить пакет обмена</translation>
    </message>
    <message>
        <source>Spravka package (*.zip *.age)</source>
        <translation>Пакет Spravka (*.zip *.age)</translation>
    </message>
    <message>
        <source>Importing the exchange package</source>
        <translation>Загрузка пакета обмена</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>добавлена %n запись</numerusform>
            <numerusform>добавлено %n записи</numerusform>
            <numerusform>добавлено %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the catalogue</source>
        <translation>
            <numerusform>%n уже была в каталоге</numerusform>
            <numerusform>%n уже были в каталоге</numerusform>
            <numerusform>%n уже были в каталоге</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the catalogue&apos;s version was kept (listed below)</source>
        <translation>
            <numerusform>%n расхождение: оставлен вариант каталога (см. ниже)</numerusform>
            <numerusform>%n расхождения: оставлены варианты каталога (см. ниже)</numerusform>
            <numerusform>%n расхождений: оставлены варианты каталога (см. ниже)</numerusform>
        </translation>
    </message>
    <message>
        <source>This report is kept in %1</source>
        <translation>Этот отчёт сохранён в %1</translation>
    </message>
    <message>
        <source>Choose where to put the backup</source>
        <translation>Выберите, куда положить резервную копию</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message numerus="yes">
        <source>Backed up and verified: %1 (%n image(s))</source>
        <translation>
            <numerusform>Копия создана и проверена: %1 (%n изображение)</numerusform>
            <numerusform>Копия создана и проверена: %1 (%n изображения)</numerusform>
            <numerusform>Копия создана и проверена: %1 (%n изображений)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were missing or damaged in the catalogue and are not in the backup.</source>
        <translation>
            <numerusform>%n изображение отсутствовало или было повреждено в каталоге и не попало в копию.</numerusform>
            <numerusform>%n изображения отсутствовали или были повреждены в каталоге и не попали в копию.</numerusform>
            <numerusform>%n изображений отсутствовали или были повреждены в каталоге и не попали в копию.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup folder to restore</source>
        <translation>Выберите папку резервной копии</translation>
    </message>
    <message>
        <source>Choose an empty folder for the restored catalogue</source>
        <translation>Выберите пустую папку для восстановленного каталога</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Восстановлено в %1.</translation>
    </message>
    <message>
        <source>Choose the encrypted backup to restore</source>
        <translation>Выберите зашифрованную резервную копию для восстановления</translation>
    </message>
    <message>
        <source>Encrypted Spravka backup (*.age)</source>
        <translation>Зашифрованная резервная копия Spravka (*.age)</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Копия восстановлена</translation>
    </message>
    <message>
        <source>The backup was restored into %1. Open it now?</source>
        <translation>Резервная копия восстановлена в %1. Открыть её сейчас?</translation>
    </message>
</context>
<context>
    <name>FlagCard</name>
    <message>
        <source>Flag: %1</source>
        <translation>Отметка: %1</translation>
    </message>
    <message>
        <source>Likelihood %1 % · %2</source>
        <translation>Вероятность %1 % · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more reason(s)…</source>
        <translation>
            <numerusform>ещё %n причина…</numerusform>
            <numerusform>ещё %n причины…</numerusform>
            <numerusform>ещё %n причин…</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>You have checked the documents and agree</source>
        <translation>Вы проверили документы и согласны</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>The suspicion does not hold; it will stay dismissed after re-checks</source>
        <translation>Подозрение не подтверждается; при повторных проверках отметка останется отклонённой</translation>
    </message>
    <message>
        <source>Review again</source>
        <translation>Пересмотреть</translation>
    </message>
</context>
<context>
    <name>GedcomImport</name>
    <message>
        <source>Import a family &amp;tree (GEDCOM)…</source>
        <translation>Импорт родословного &amp;древа (GEDCOM)…</translation>
    </message>
    <message>
        <source>Persons, families, events and sources from Gramps or a genealogy site</source>
        <translation>Люди, семьи, события и источники из Gramps или с генеалогического сайта</translation>
    </message>
    <message>
        <source>Import a family tree</source>
        <translation>Импорт родословного древа</translation>
    </message>
    <message>
        <source>GEDCOM family tree (*.ged *.GED *.gedcom)</source>
        <translation>Родословное древо GEDCOM (*.ged *.GED *.gedcom)</translation>
    </message>
    <message>
        <source>Importing a family tree</source>
        <translation>Импорт родословного древа</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added</source>
        <translation>
            <numerusform>добавлен %n человек</numerusform>
            <numerusform>добавлено %n человека</numerusform>
            <numerusform>добавлено %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s) added</source>
        <translation>
            <numerusform>%n родственная связь</numerusform>
            <numerusform>%n родственные связи</numerusform>
            <numerusform>%n родственных связей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) added</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) added</source>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already in the catalogue</source>
        <translation>
            <numerusform>%n запись уже была в каталоге</numerusform>
            <numerusform>%n записи уже были в каталоге</numerusform>
            <numerusform>%n записей уже были в каталоге</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), listed below</source>
        <translation>
            <numerusform>%n проблема, см. ниже</numerusform>
            <numerusform>%n проблемы, см. ниже</numerusform>
            <numerusform>%n проблем, см. ниже</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not brought in</source>
        <translation>
            <numerusform>%n строка не перенесена</numerusform>
            <numerusform>%n строки не перенесены</numerusform>
            <numerusform>%n строк не перенесено</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1 (the file says %2)</source>
        <translation>Кодировка: %1 (в файле указано %2)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Not brought in: %1 (%2 line(s), the first at line %3)</source>
        <translation>Не перенесено: %1 (строк: %2, первая — %3)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Versions of the text</source>
        <translation>Версии текста</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>Текст выбранной версии</translation>
    </message>
    <message>
        <source>Use this text</source>
        <translation>Взять этот текст</translation>
    </message>
    <message>
        <source>Put this version&apos;s text in the editor; saving makes it the newest version</source>
        <translation>Поместить текст этой версии в редактор; после сохранения он станет новой версией</translation>
    </message>
</context>
<context>
    <name>ImageTools</name>
    <message>
        <source>Fit page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Показать всю страницу</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Fill the width</source>
        <translation>Растянуть по ширине</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Повернуть влево</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the left (the image file is not changed)</source>
        <translation>Повернуть страницу на четверть оборота влево (файл изображения не меняется)</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Повернуть вправо</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the right (the image file is not changed)</source>
        <translation>Повернуть страницу на четверть оборота вправо (файл изображения не меняется)</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Обрезать</translation>
    </message>
    <message>
        <source>Drag a rectangle on the page to keep only that part</source>
        <translation>Обведите рамкой часть страницы, которую нужно оставить</translation>
    </message>
    <message>
        <source>Undo crop</source>
        <translation>Отменить обрезку</translation>
    </message>
    <message>
        <source>Show the whole scan again</source>
        <translation>Снова показать весь скан</translation>
    </message>
    <message>
        <source>Straighten page</source>
        <translation>Выровнять страницу</translation>
    </message>
    <message>
        <source>Measure how the lines of text slope and turn the page to level them</source>
        <translation>Измерить наклон строк и повернуть страницу так, чтобы они стали ровными</translation>
    </message>
    <message>
        <source>Adjust image…</source>
        <translation>Настроить изображение…</translation>
    </message>
    <message>
        <source>Straighten, lift coloured stamps, contrast, black and white</source>
        <translation>Выравнивание, снятие цветных печатей, контраст, чёрно-белое</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Настроить</translation>
    </message>
    <message>
        <source>Word boxes</source>
        <translation>Рамки слов</translation>
    </message>
    <message>
        <source>Outline the recognised words on the page</source>
        <translation>Обвести распознанные слова на странице</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import scans</source>
        <translation>Импорт сканов</translation>
    </message>
    <message>
        <source>Ways to import</source>
        <translation>Способы импорта</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>О человеке: %1</translation>
    </message>
    <message>
        <source>Link the new documents to this person</source>
        <translation>Связать новые документы с этим человеком</translation>
    </message>
    <message>
        <source>Not linked to a person yet</source>
        <translation>Пока без связи с человеком</translation>
    </message>
    <message>
        <source>Straighten skewed pages</source>
        <translation>Выровнять перекошенные страницы</translation>
    </message>
    <message>
        <source>Measure each page&apos;s slope and store it as a correction (the scan is kept)</source>
        <translation>Измерить наклон каждой страницы и сохранить поправку (скан не меняется)</translation>
    </message>
    <message>
        <source>Kind of document:</source>
        <translation>Вид документа:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Человек:</translation>
    </message>
    <message>
        <source>Choose files or a folder, or scan a page.</source>
        <translation>Выберите файлы или папку либо отсканируйте страницу.</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Не импортировано:</translation>
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
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Прервать импорт</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Открыть документ</translation>
    </message>
    <message>
        <source>Recognise their text</source>
        <translation>Распознать их текст</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Images (JPEG, PNG, TIFF and others) and PDFs; each file becomes a document, each page of it a page. You can also drop files here.</source>
        <translation>Изображения (JPEG, PNG, TIFF и другие) и PDF: каждый файл становится документом, каждая его страница — страницей. Файлы можно и перетащить сюда.</translation>
    </message>
    <message>
        <source>A folder of scans</source>
        <translation>Папка со сканами</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>One document per folder</source>
        <translation>Один документ на папку</translation>
    </message>
    <message>
        <source>The pages in one folder form one document, in the order of their names</source>
        <translation>Страницы из одной папки составляют один документ, по порядку имён файлов</translation>
    </message>
    <message>
        <source>Every image and PDF in the folder and in the folders inside it is imported; other files are listed as not imported.</source>
        <translation>Импортируются все изображения и PDF из папки и вложенных папок; остальные файлы будут перечислены как неимпортированные.</translation>
    </message>
    <message>
        <source>Choose scans to import</source>
        <translation>Выберите сканы для импорта</translation>
    </message>
    <message>
        <source>Images and PDFs (%1);;All files (*)</source>
        <translation>Изображения и PDF (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a folder of scans</source>
        <translation>Выберите папку со сканами</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>Сначала выберите папку.</translation>
    </message>
    <message>
        <source>Add the files to import first.</source>
        <translation>Сначала добавьте файлы для импорта.</translation>
    </message>
    <message>
        <source>Preparing the files…</source>
        <translation>Подготовка файлов…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Сканирование…</translation>
    </message>
    <message>
        <source>Cancelling… the files being read are finished first; nothing is lost.</source>
        <translation>Прерываем… файлы, которые уже читаются, будут дочитаны; ничего не потеряется.</translation>
    </message>
    <message>
        <source>Scanning… %1 %</source>
        <translation>Сканирование… %1 %</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation>Импортировано %1 из %2: %3</translation>
    </message>
    <message>
        <source>already in the catalogue (document %1, page %2); not stored again</source>
        <translation>уже есть в каталоге (документ %1, страница %2); повторно не сохранено</translation>
    </message>
    <message>
        <source>carries a location (GPS) in its metadata; exports and packages leave it out, the catalogue keeps the file as it is</source>
        <translation>содержит местоположение (GPS) в метаданных; экспорт и пакеты его не включают, каталог хранит файл как есть</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортирован</translation>
    </message>
    <message>
        <source>already in the catalogue</source>
        <translation>уже есть в каталоге</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>не импортирован</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) imported</source>
        <translation>
            <numerusform>Импортирована %n страница</numerusform>
            <numerusform>Импортировано %n страницы</numerusform>
            <numerusform>Импортировано %n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> into %n new document(s)</source>
        <translation>
            <numerusform> в %n новый документ</numerusform>
            <numerusform> в %n новых документа</numerusform>
            <numerusform> в %n новых документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) were already in the catalogue.</source>
        <translation>
            <numerusform>%n страница уже была в каталоге.</numerusform>
            <numerusform>%n страницы уже были в каталоге.</numerusform>
            <numerusform>%n страниц уже были в каталоге.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported (see below).</source>
        <translation>
            <numerusform>%n файл не удалось импортировать (см. ниже).</numerusform>
            <numerusform>%n файла не удалось импортировать (см. ниже).</numerusform>
            <numerusform>%n файлов не удалось импортировать (см. ниже).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) carried a location; exports and packages leave it out.</source>
        <translation>
            <numerusform>%n изображение содержало местоположение; экспорт и пакеты его не включают.</numerusform>
            <numerusform>%n изображения содержали местоположение; экспорт и пакеты его не включают.</numerusform>
            <numerusform>%n изображений содержали местоположение; экспорт и пакеты его не включают.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: what was imported before is kept.</source>
        <translation>Прервано: всё, что было импортировано до этого, сохранено.</translation>
    </message>
    <message>
        <source>Cancelled before anything was imported.</source>
        <translation>Прервано, прежде чем что-либо было импортировано.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Document from %1</source>
        <translation>Документ от: %1</translation>
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
        <translation>Люди и документы</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n in the inbox)</source>
        <translation>
            <numerusform>Документы (%n во входящих)</numerusform>
            <numerusform>Документы (%n во входящих)</numerusform>
            <numerusform>Документы (%n во входящих)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation>&amp;Открыть каталог…</translation>
    </message>
    <message>
        <source>&amp;New catalogue…</source>
        <translation>&amp;Новый каталог…</translation>
    </message>
    <message>
        <source>Open the &amp;sample catalogue</source>
        <translation>Открыть &amp;пример каталога</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find person</source>
        <translation>&amp;Найти человека</translation>
    </message>
    <message>
        <source>Find in &amp;texts</source>
        <translation>Искать в &amp;текстах</translation>
    </message>
    <message>
        <source>Search the text of pages, claims and notes</source>
        <translation>Искать в тексте страниц, сведений и заметок</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Spravka</source>
        <translation>&amp;О программе «Справка»</translation>
    </message>
    <message>
        <source>Check the catalogue&apos;s &amp;integrity…</source>
        <translation>Проверить &amp;целостность каталога…</translation>
    </message>
    <message>
        <source>Check the database, every image and the search index; find the way back</source>
        <translation>Проверить базу данных, все изображения и поисковый индекс; найти путь назад</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Человек</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Документ</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Размер текста</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Высокий контраст</translation>
    </message>
    <message>
        <source>Open another catalogue…</source>
        <translation>Открыть другой каталог…</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Каталог: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 You can read, search and export; nothing can be changed here.</source>
        <translation>&lt;b&gt;Только для чтения.&lt;/b&gt; %1 Можно читать, искать и выгружать; изменять здесь ничего нельзя.</translation>
    </message>
    <message>
        <source>Spravka — %1 (read-only)</source>
        <translation>Справка — %1 (только чтение)</translation>
    </message>
    <message>
        <source>Add scans or PDFs of certificates.</source>
        <translation>Добавить сканы или PDF справок.</translation>
    </message>
    <message>
        <source>Scan a page with a scanner.</source>
        <translation>Отсканировать страницу сканером.</translation>
    </message>
    <message>
        <source>Write down a person and what you know of them.</source>
        <translation>Записать человека и то, что о нём известно.</translation>
    </message>
    <message>
        <source>Paste a record from a memorial database or a book.</source>
        <translation>Вставить запись из базы «Мемориала» или из книги памяти.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>сведение</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>page</source>
        <translation>страница</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>отметка</translation>
    </message>
    <message>
        <source>name variant</source>
        <translation>вариант имени</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>region on the page</source>
        <translation>область на странице</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>crop</source>
        <translation>обрезка</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>поворот</translation>
    </message>
    <message>
        <source>Scanning needs SANE, which is not installed here. On Debian or Ubuntu install the package sane-utils (sudo apt install sane-utils); on macOS, sane-backends from Homebrew. Where SANE is not available, scan with the scanner&apos;s own program into a folder and import that folder.</source>
        <translation>Для сканирования нужна система SANE, а она здесь не установлена. В Debian или Ubuntu установите пакет sane-utils (sudo apt install sane-utils), в macOS — sane-backends из Homebrew. Где SANE нет, сканируйте программой самого сканера в папку и импортируйте эту папку.</translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is connected and switched on, then look for scanners again.</source>
        <translation>Сканер не найден. Проверьте, что он подключён и включён, и поищите сканеры снова.</translation>
    </message>
    <message>
        <source>The scanner %1 reported a problem: %2</source>
        <translation>Сканер %1 сообщил о проблеме: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>Резервную копию %1 нельзя использовать: %2</translation>
    </message>
    <message>
        <source>The package %1 was refused; nothing was changed: %2</source>
        <translation>Пакет %1 не принят; ничего не изменено: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>The font file %1 is missing from %2, so the PDF cannot be made. Reinstall Spravka.</source>
        <translation>В папке %2 нет файла шрифта %1, поэтому PDF не создать. Переустановите «Справку».</translation>
    </message>
    <message>
        <source>%1: the passphrase is empty.</source>
        <translation>%1: пароль пуст.</translation>
    </message>
    <message>
        <source>%1: the passphrase is wrong (or the file was altered).</source>
        <translation>%1: пароль неверен (или файл был изменён).</translation>
    </message>
    <message>
        <source>%1 is truncated or was altered after it was encrypted.</source>
        <translation>%1 обрезан или изменён после шифрования.</translation>
    </message>
    <message>
        <source>%1 is not encrypted, but an encrypted file was expected.</source>
        <translation>%1 не зашифрован, а ожидался зашифрованный файл.</translation>
    </message>
    <message>
        <source>%1 is encrypted: its passphrase is needed.</source>
        <translation>%1 зашифрован: нужен его пароль.</translation>
    </message>
    <message>
        <source>%1 is an armoured (text) age file; decrypt it with the age tool first.</source>
        <translation>%1 — текстовый (armor) файл age; сначала расшифруйте его программой age.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Spravka file.</source>
        <translation>%1 не является зашифрованным файлом Spravka.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Text recognition needs the Tesseract program, which is not installed. On Debian or Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-rus tesseract-ocr-ukr. Everything else in Spravka works without it.</source>
        <translation>Для распознавания текста нужна программа Tesseract, а она не установлена. В Debian или Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-rus tesseract-ocr-ukr. Всё остальное в «Справке» работает и без неё.</translation>
    </message>
    <message>
        <source>The installed Tesseract is too old for Spravka (4.1 or newer is needed). Install a newer tesseract-ocr package. Everything else in Spravka works without it.</source>
        <translation>Установленная версия Tesseract слишком старая для «Справки» (нужна 4.1 или новее). Установите более новый пакет tesseract-ocr. Всё остальное в «Справке» работает и без неё.</translation>
    </message>
    <message>
        <source>Tesseract has no data for the chosen language. Install the package(s) %1 (on Debian or Ubuntu: sudo apt install %1), or choose another language.</source>
        <translation>У Tesseract нет данных для выбранного языка. Установите пакет(ы) %1 (в Debian или Ubuntu: sudo apt install %1) или выберите другой язык.</translation>
    </message>
    <message>
        <source>Tesseract cannot be run here. Reinstall the package tesseract-ocr. Everything else in Spravka works without it.</source>
        <translation>Tesseract здесь не запускается. Переустановите пакет tesseract-ocr. Всё остальное в «Справке» работает и без него.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <source>There is no catalogue in the folder %1.</source>
        <translation>В папке %1 нет каталога.</translation>
    </message>
    <message>
        <source>The folder %1 is not a Spravka catalogue, or it holds other files. Nothing in it was changed. Choose an empty folder or an existing catalogue.</source>
        <translation>Папка %1 — не каталог «Справки» или в ней лежат другие файлы. В ней ничего не изменено. Выберите пустую папку или существующий каталог.</translation>
    </message>
    <message>
        <source>The catalogue %1 was written by a newer version of Spravka. Nothing was changed; install the newer version to open it.</source>
        <translation>Каталог %1 создан более новой версией «Справки». Ничего не изменено; чтобы открыть его, установите новую версию.</translation>
    </message>
    <message>
        <source>The database of the catalogue %1 is damaged; nothing was written to it. Help ▸ Check the catalogue&apos;s integrity (or `spravka doctor`) shows the damage.</source>
        <translation>База данных каталога %1 повреждена; в неё ничего не записано. «Справка ▸ Проверить целостность каталога» (или `spravka doctor`) покажет повреждения.</translation>
    </message>
    <message>
        <source>The newest automatic backup that passes the check is %1; `spravka doctor --restore` restores it into a new folder.</source>
        <translation>Новейшая автоматическая копия, прошедшая проверку: %1; `spravka doctor --restore` восстановит её в новую папку.</translation>
    </message>
    <message>
        <source>The catalogue %1 cannot be written (read-only disk or no permission). The change was not saved.</source>
        <translation>В каталог %1 нельзя записать (диск только для чтения или нет прав). Изменение не сохранено.</translation>
    </message>
    <message>
        <source>Another program kept the catalogue %1 busy for too long. The change was not saved; please try again.</source>
        <translation>Другая программа слишком долго занимала каталог %1. Изменение не сохранено; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Problem with the catalogue %1: %2</source>
        <translation>Ошибка в каталоге %1: %2</translation>
    </message>
    <message>
        <source>The %1 was not found; it may have been deleted meanwhile.</source>
        <translation>Не найдено (%1); возможно, запись тем временем удалили.</translation>
    </message>
    <message>
        <source>“%1” is not a possible date.</source>
        <translation>«%1» — невозможная дата.</translation>
    </message>
    <message>
        <source>The %1 is not acceptable: %2</source>
        <translation>Недопустимое значение (%1): %2</translation>
    </message>
    <message>
        <source>The file %1 has %2 problem(s); nothing was loaded.
%3</source>
        <translation>В файле %1 найдено ошибок: %2; ничего не загружено.
%3</translation>
    </message>
    <message>
        <source>The image of this page is missing from the catalogue or damaged (%1).</source>
        <translation>Изображение этой страницы отсутствует в каталоге или повреждено (%1).</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written: %2</source>
        <translation>Не удалось прочитать или записать файл %1: %2</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
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
        <translation>&amp;Зашифровать паролем</translation>
    </message>
    <message>
        <source>Whoever gets an unencrypted file can read every name, note and page in it. Encrypted, it opens only with the passphrase (in Spravka, or with the age tool).</source>
        <translation>Любой, к кому попадёт незашифрованный файл, прочтёт все имена, заметки и страницы в нём. Зашифрованный открывается только с паролем (в Spravka или программой age).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность пароля</translation>
    </message>
    <message>
        <source>Tell the passphrase to the receiver another way than the file travels (by phone, in person). A forgotten passphrase cannot be recovered.</source>
        <translation>Сообщите пароль получателю иным путём, чем передаётся файл (по телефону, лично). Забытый пароль восстановить нельзя.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Type a passphrase: several words only you would put together.</source>
        <translation>Введите пароль: несколько слов, которые вместе поставили бы только вы.</translation>
    </message>
    <message>
        <source>Too short: at least 8 characters; five or six words are better.</source>
        <translation>Слишком короткий: не меньше 8 знаков; лучше пять-шесть слов.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words.</source>
        <translation>Слабый: легко угадать. Добавьте слов.</translation>
    </message>
    <message>
        <source>Fair. A few more words make it strong.</source>
        <translation>Средний. Ещё несколько слов сделают его надёжным.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надёжный.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Два пароля не совпадают.</translation>
    </message>
</context>
<context>
    <name>OcrPanel</name>
    <message>
        <source>Text recognition (OCR)</source>
        <translation>Распознавание текста (OCR)</translation>
    </message>
    <message>
        <source>Russian (with English words)</source>
        <translation>Русский (с английскими словами)</translation>
    </message>
    <message>
        <source>Ukrainian and Russian (with English words)</source>
        <translation>Украинский и русский (с английскими словами)</translation>
    </message>
    <message>
        <source>Ukrainian (with English words)</source>
        <translation>Украинский (с английскими словами)</translation>
    </message>
    <message>
        <source>Recognise the waiting pages</source>
        <translation>Распознать ожидающие страницы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Read again…</source>
        <translation>Прочитать заново…</translation>
    </message>
    <message>
        <source>Read this document&apos;s pages once more; the earlier texts are kept as versions</source>
        <translation>Прочитать страницы документа ещё раз; прежние тексты сохраняются как версии</translation>
    </message>
    <message>
        <source>Language of the pages:</source>
        <translation>Язык страниц:</translation>
    </message>
    <message>
        <source>%1 · language data: %2</source>
        <translation>%1 · языковые данные: %2</translation>
    </message>
    <message>
        <source>Looking for Tesseract…</source>
        <translation>Ищем Tesseract…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) waiting for recognition</source>
        <translation>
            <numerusform>%n страница ждёт распознавания</numerusform>
            <numerusform>%n страницы ждут распознавания</numerusform>
            <numerusform>%n страниц ждут распознавания</numerusform>
        </translation>
    </message>
    <message>
        <source>Text recognition is not available</source>
        <translation>Распознавание текста недоступно</translation>
    </message>
    <message>
        <source>Text recognition</source>
        <translation>Распознавание текста</translation>
    </message>
    <message>
        <source>Starting text recognition…</source>
        <translation>Запускаем распознавание текста…</translation>
    </message>
    <message>
        <source>Cancelling… the pages being read are finished first.</source>
        <translation>Прерываем… страницы, которые уже читаются, будут дочитаны.</translation>
    </message>
    <message>
        <source>%1 of %2 pages read</source>
        <translation>Прочитано страниц: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read</source>
        <translation>
            <numerusform>прочитана %n страница</numerusform>
            <numerusform>прочитано %n страницы</numerusform>
            <numerusform>прочитано %n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read (listed below)</source>
        <translation>
            <numerusform>%n страницу не удалось прочитать (см. ниже)</numerusform>
            <numerusform>%n страницы не удалось прочитать (см. ниже)</numerusform>
            <numerusform>%n страниц не удалось прочитать (см. ниже)</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled; the pages read so far are kept</source>
        <translation>прервано; уже прочитанные страницы сохранены</translation>
    </message>
    <message>
        <source>No page was waiting for recognition.</source>
        <translation>Ни одна страница не ждала распознавания.</translation>
    </message>
    <message>
        <source>The pages of this document have been read already. To read them once more (in another language, say), choose Read again.</source>
        <translation>Страницы этого документа уже прочитаны. Чтобы прочитать их ещё раз (например, на другом языке), нажмите «Прочитать заново».</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Прервано.</translation>
    </message>
</context>
<context>
    <name>OpenPassphraseDialog</name>
    <message>
        <source>Encrypted file</source>
        <translation>Зашифрованный файл</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase:</source>
        <translation>%1 зашифрован. Введите его пароль:</translation>
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
        <translation>Изображение страницы</translation>
    </message>
    <message>
        <source>The scanned page; click a word to find it in the text</source>
        <translation>Отсканированная страница; щёлкните слово, чтобы найти его в тексте</translation>
    </message>
    <message>
        <source>Recognised with low confidence (%1 %)</source>
        <translation>Распознано неуверенно (%1 %)</translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>&amp;Next pane</source>
        <translation>&amp;Следующая панель</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>&amp;Предыдущая панель</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Родился</translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation>Арест</translation>
    </message>
    <message>
        <source>Surname, given name and patronymic; click to sort</source>
        <translation>Фамилия, имя и отчество; нажмите, чтобы упорядочить</translation>
    </message>
    <message>
        <source>Year or date of birth; click to sort</source>
        <translation>Год или дата рождения; нажмите, чтобы упорядочить</translation>
    </message>
    <message>
        <source>Earliest arrest date stated in the documents; click to sort</source>
        <translation>Самая ранняя дата ареста по документам; нажмите, чтобы отсортировать</translation>
    </message>
    <message>
        <source>Flags: suspicions raised by the checks or by you</source>
        <translation>Отметки: подозрения, отмеченные проверками или вами</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(не читается)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалён)</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) to review</source>
        <translation>
            <numerusform>%n отметка требует проверки</numerusform>
            <numerusform>%n отметки требуют проверки</numerusform>
            <numerusform>%n отметок требуют проверки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed flag(s)</source>
        <translation>
            <numerusform>%n подтверждённая отметка</numerusform>
            <numerusform>%n подтверждённые отметки</numerusform>
            <numerusform>%n подтверждённых отметок</numerusform>
        </translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>род. %1</translation>
    </message>
    <message>
        <source>arrested %1</source>
        <translation>арестован(а) %1</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>без отметок</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Search names and texts…</source>
        <translation>Поиск имён и текстов…</translation>
    </message>
    <message>
        <source>A name in any spelling — Cyrillic or Latin letters, with initials, with a typo, or only its beginning — or words to find in the texts</source>
        <translation>Имя в любом написании — кириллицей или латиницей, с инициалами, с опечаткой или только начало — либо слова для поиска в текстах</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>People and texts found</source>
        <translation>Люди и найденные тексты</translation>
    </message>
    <message>
        <source>In texts</source>
        <translation>В текстах</translation>
    </message>
    <message>
        <source>Pages, claims and notes that contain the words</source>
        <translation>Страницы, сведения и заметки, где есть эти слова</translation>
    </message>
    <message>
        <source>In texts (%1)</source>
        <translation>В текстах (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Люди (%1)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>Place of &amp;birth:</source>
        <translation>&amp;Место рождения:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>&amp;Национальность:</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>&amp;Род занятий:</translation>
    </message>
    <message>
        <source>&amp;Lived in:</source>
        <translation>&amp;Проживал(а):</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>П&amp;ол:</translation>
    </message>
    <message>
        <source>e.g. 14.05.1901 or 1901</source>
        <translation>например, 14.05.1901 или 1901</translation>
    </message>
    <message>
        <source>Date of bi&amp;rth:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Write at least a surname or a given name.</source>
        <translation>Укажите хотя бы фамилию или имя.</translation>
    </message>
    <message>
        <source>Write the date of birth as 14.05.1901, 05.1901 or 1901.</source>
        <translation>Запишите дату рождения как 14.05.1901, 05.1901 или 1901.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Name to search for</source>
        <translation>Имя для поиска</translation>
    </message>
    <message>
        <source>A name in any spelling, e.g. Корнилов Ф. И.</source>
        <translation>Имя в любом написании, например Корнилов Ф. И.</translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation>Найденные люди</translation>
    </message>
    <message>
        <source>Role of the person in the document</source>
        <translation>Роль человека в документе</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Связать</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>Найден %n человек</numerusform>
            <numerusform>Найдено %n человека</numerusform>
            <numerusform>Найдено %n человек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonProposalBox</name>
    <message>
        <source>Persons who match the name in the document</source>
        <translation>Люди, чьё имя совпадает с именем в документе</translation>
    </message>
    <message>
        <source>Li&amp;nk to this person</source>
        <translation>Связать с &amp;этим человеком</translation>
    </message>
    <message>
        <source>Link the document to the chosen person</source>
        <translation>Связать документ с выбранным человеком</translation>
    </message>
    <message>
        <source>Make a new person from the name in the document and link it</source>
        <translation>Создать нового человека по имени из документа и связать с ним</translation>
    </message>
    <message>
        <source>The text of this document names nobody the program can read. Link it to a person with “Link person…”.</source>
        <translation>В тексте этого документа программа не нашла ничьего имени. Свяжите его с человеком кнопкой «Связать с человеком…».</translation>
    </message>
    <message>
        <source>The document names “%1”; nobody in the catalogue matches.</source>
        <translation>В документе назван «%1»; в каталоге такого человека нет.</translation>
    </message>
    <message>
        <source>The document names “%1”; several persons match equally well: choose one.</source>
        <translation>В документе назван «%1»; одинаково подходят несколько человек: выберите одного.</translation>
    </message>
    <message>
        <source>The document names “%1”. Is it this person?</source>
        <translation>В документе назван «%1». Это этот человек?</translation>
    </message>
    <message>
        <source>Ne&amp;w person “%1”</source>
        <translation>&amp;Новый человек «%1»</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>&amp;Notes are private</source>
        <translation>&amp;Заметки личные</translation>
    </message>
    <message>
        <source>Leave this person&apos;s notes out of every export, package and dossier</source>
        <translation>Не включать заметки об этом человеке ни в один экспорт, пакет и досье</translation>
    </message>
    <message>
        <source>The chosen &amp;claim is private</source>
        <translation>Выбранное &amp;утверждение личное</translation>
    </message>
    <message>
        <source>Leave the claim chosen in the timeline out of every export, package and dossier</source>
        <translation>Не включать выбранное на хронологии утверждение ни в один экспорт, пакет и досье</translation>
    </message>
    <message>
        <source>Document is &amp;private</source>
        <translation>Документ &amp;личный</translation>
    </message>
    <message>
        <source>Leave this document, its pages and the claims citing it out of every export, package and dossier</source>
        <translation>Не включать этот документ, его страницы и ссылающиеся на него утверждения ни в один экспорт, пакет и досье</translation>
    </message>
    <message>
        <source>Show &amp;private items</source>
        <translation>Показывать &amp;личное</translation>
    </message>
    <message>
        <source>Show private notes, claims and documents in the dossier (this session only)</source>
        <translation>Показывать личные заметки, утверждения и документы в досье (только в этом сеансе)</translation>
    </message>
    <message>
        <source>Living or not: &amp;presumed from the dates</source>
        <translation>Жив или нет: &amp;по датам</translation>
    </message>
    <message>
        <source>Marked &amp;living</source>
        <translation>Отмечен как &amp;живой</translation>
    </message>
    <message>
        <source>Marked &amp;deceased</source>
        <translation>Отмечен как &amp;умерший</translation>
    </message>
    <message>
        <source>P&amp;rivacy</source>
        <translation>&amp;Конфиденциальность</translation>
    </message>
    <message>
        <source>Notes private</source>
        <translation>Заметки личные</translation>
    </message>
    <message>
        <source>Notes not private</source>
        <translation>Заметки не личные</translation>
    </message>
    <message>
        <source>Claim private</source>
        <translation>Утверждение личное</translation>
    </message>
    <message>
        <source>Claim not private</source>
        <translation>Утверждение не личное</translation>
    </message>
    <message>
        <source>Mark living or deceased</source>
        <translation>Отметить живым или умершим</translation>
    </message>
    <message>
        <source>Document private</source>
        <translation>Документ личный</translation>
    </message>
    <message>
        <source>Document not private</source>
        <translation>Документ не личный</translation>
    </message>
</context>
<context>
    <name>ProcessingPanel</name>
    <message>
        <source>Automatically</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Measure how the lines of text slope and turn the page to level them</source>
        <translation>Измерить наклон строк и повернуть страницу так, чтобы они стали ровными</translation>
    </message>
    <message>
        <source>Turn by this angle, clockwise (negative: anticlockwise)</source>
        <translation>Повернуть на этот угол по часовой стрелке (отрицательный — против)</translation>
    </message>
    <message>
        <source>red</source>
        <translation>красные</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>синие</translation>
    </message>
    <message>
        <source>violet</source>
        <translation>фиолетовые</translation>
    </message>
    <message>
        <source>green</source>
        <translation>зелёные</translation>
    </message>
    <message>
        <source>Lift %1 stamps and ink towards the paper, so the type shows</source>
        <translation>Высветлить %1 печати и чернила до цвета бумаги, чтобы проступил машинописный текст</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Оттенки серого</translation>
    </message>
    <message>
        <source>Stretch contrast</source>
        <translation>Усилить контраст</translation>
    </message>
    <message>
        <source>Make faint type darker and yellowed paper lighter</source>
        <translation>Сделать бледный текст темнее, а пожелтевшую бумагу светлее</translation>
    </message>
    <message>
        <source>Colours as scanned</source>
        <translation>Цвета как на скане</translation>
    </message>
    <message>
        <source>Black and white (adaptive)</source>
        <translation>Чёрно-белое (адаптивно)</translation>
    </message>
    <message>
        <source>Black and white (one threshold)</source>
        <translation>Чёрно-белое (один порог)</translation>
    </message>
    <message>
        <source>Black and white helps text recognition on stained or unevenly lit pages; adaptive follows the light across the page</source>
        <translation>Чёрно-белое изображение помогает распознаванию на запятнанных или неровно освещённых страницах; адаптивный режим следует за освещением по странице</translation>
    </message>
    <message>
        <source>Original look</source>
        <translation>Как в оригинале</translation>
    </message>
    <message>
        <source>Undo the straightening and clean-up (rotation and crop stay)</source>
        <translation>Отменить выравнивание и очистку (поворот и обрезка остаются)</translation>
    </message>
    <message>
        <source>Straighten:</source>
        <translation>Выровнять:</translation>
    </message>
    <message>
        <source>Lift stamps:</source>
        <translation>Снять печати:</translation>
    </message>
</context>
<context>
    <name>ReasonLinks</name>
    <message>
        <source>Click a claim to see it and the page it comes from</source>
        <translation>Нажмите на сведение, чтобы увидеть его и страницу, откуда оно взято</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Перейти: %1</translation>
    </message>
    <message>
        <source>%1 chosen: Enter opens it, the arrow keys choose another.</source>
        <translation>Выбрано: %1. Enter открывает, стрелки выбирают другое.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Paste a record</source>
        <translation>Вставить запись</translation>
    </message>
    <message>
        <source>Paste the text of a record from the Memorial database «Жертвы политического террора в СССР», a Book of Memory or the Open List. It is read into the person&apos;s details and dated claims, which cite the record.</source>
        <translation>Вставьте текст записи из базы «Мемориала» «Жертвы политического террора в СССР», Книги памяти или «Открытого списка». Он будет прочитан в сведения о человеке и датированные сведения со ссылкой на запись.</translation>
    </message>
    <message>
        <source>Text of the record</source>
        <translation>Текст записи</translation>
    </message>
    <message>
        <source>Surname Given name Patronymic</source>
        <translation>Фамилия Имя Отчество</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Подробности:</translation>
    </message>
    <message>
        <source>Claims read from the record</source>
        <translation>Сведения, прочитанные из записи</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>From the words</source>
        <translation>По словам записи</translation>
    </message>
    <message>
        <source>Lines not understood</source>
        <translation>Непонятые строки</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Сведения:</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>Добавить как нового человека</translation>
    </message>
    <message>
        <source>Add to %1 (fills only the empty fields)</source>
        <translation>Добавить к записи «%1» (заполняются только пустые поля)</translation>
    </message>
    <message>
        <source>Add to the person selected in the list</source>
        <translation>Добавить к человеку, выбранному в списке</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>род. %1</translation>
    </message>
    <message>
        <source>Not understood (kept in the person&apos;s notes): %1</source>
        <translation>Не разобрано (сохранено в заметках о человеке): %1</translation>
    </message>
    <message>
        <source>Every part of the record was understood.</source>
        <translation>Вся запись разобрана.</translation>
    </message>
    <message>
        <source>Write the person&apos;s name: the record names no one.</source>
        <translation>Напишите имя человека: в записи его нет.</translation>
    </message>
</context>
<context>
    <name>RegionReader</name>
    <message>
        <source>Read a region again…</source>
        <translation>Прочитать участок заново…</translation>
    </message>
    <message>
        <source>Draw a rectangle on the page: its words are read again and can replace those of the text</source>
        <translation>Обведите прямоугольник на странице: его слова будут прочитаны заново и смогут заменить слова текста</translation>
    </message>
    <message>
        <source>Read region again</source>
        <translation>Прочитать участок</translation>
    </message>
</context>
<context>
    <name>RegionTextDialog</name>
    <message>
        <source>Read the region again</source>
        <translation>Участок, прочитанный заново</translation>
    </message>
    <message>
        <source>The text has here:</source>
        <translation>Сейчас в тексте:</translation>
    </message>
    <message>
        <source>No word of the text lies in this region: the reading can be put at the cursor.</source>
        <translation>В этом участке нет ни одного слова текста: прочитанное можно вставить у курсора.</translation>
    </message>
    <message>
        <source>&amp;Read again:</source>
        <translation>&amp;Прочитано заново:</translation>
    </message>
    <message>
        <source>Replace the words</source>
        <translation>Заменить слова</translation>
    </message>
    <message>
        <source>Put at the cursor</source>
        <translation>Вставить у курсора</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <source>Add a relative of %1</source>
        <translation>Добавить родственника: %1</translation>
    </message>
    <message>
        <source>Parent (father or mother)</source>
        <translation>Родитель (отец или мать)</translation>
    </message>
    <message>
        <source>Spouse (husband or wife)</source>
        <translation>Супруг (муж или жена)</translation>
    </message>
    <message>
        <source>Child (son or daughter)</source>
        <translation>Ребёнок (сын или дочь)</translation>
    </message>
    <message>
        <source>Sibling (brother or sister)</source>
        <translation>Брат или сестра</translation>
    </message>
    <message>
        <source>&amp;Relative is a:</source>
        <translation>&amp;Кем приходится:</translation>
    </message>
    <message>
        <source>A person already in the &amp;catalogue</source>
        <translation>Человек, уже записанный в &amp;каталоге</translation>
    </message>
    <message>
        <source>A &amp;new person</source>
        <translation>&amp;Новый человек</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>e.g. 14.05.1901 or 1901</source>
        <translation>например, 14.05.1901 или 1901</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <source>Type a name to find the person</source>
        <translation>Введите имя, чтобы найти человека</translation>
    </message>
    <message>
        <source>Find a person by name</source>
        <translation>Найти человека по имени</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>Найденные люди</translation>
    </message>
    <message>
        <source>Find and choose the person first.</source>
        <translation>Сначала найдите и выберите человека.</translation>
    </message>
    <message>
        <source>The date of birth: %1</source>
        <translation>Дата рождения: %1</translation>
    </message>
    <message>
        <source>A new person needs a surname or a given name.</source>
        <translation>Для нового человека нужна фамилия или имя.</translation>
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
        <translation>Найти сканеры</translation>
    </message>
    <message>
        <source>Scanner:</source>
        <translation>Сканер:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Разрешение:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Цвета:</translation>
    </message>
    <message>
        <source>A preview of the page appears here.</source>
        <translation>Здесь появится предпросмотр страницы.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>A quick look at what lies on the scanner</source>
        <translation>Быстро посмотреть, что лежит на сканере</translation>
    </message>
    <message>
        <source>Scan as a new document</source>
        <translation>Сканировать как новый документ</translation>
    </message>
    <message>
        <source>Scan a page into this document</source>
        <translation>Сканировать страницу в этот документ</translation>
    </message>
    <message>
        <source>Add the page after the last page of “%1”</source>
        <translation>Добавить страницу после последней страницы документа «%1»</translation>
    </message>
    <message>
        <source>Open a document first to add pages to it</source>
        <translation>Сначала откройте документ, чтобы добавлять в него страницы</translation>
    </message>
    <message>
        <source>Looking for scanners… (network scanners take a moment)</source>
        <translation>Ищем сканеры… (сетевые сканеры находятся не сразу)</translation>
    </message>
    <message numerus="yes">
        <source>%n scanner(s) found.</source>
        <translation>
            <numerusform>Найден %n сканер.</numerusform>
            <numerusform>Найдено %n сканера.</numerusform>
            <numerusform>Найдено %n сканеров.</numerusform>
        </translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is connected and switched on, then press “Find scanners” again.</source>
        <translation>Сканер не найден. Проверьте, что он подключён и включён, и снова нажмите «Найти сканеры».</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 точек на дюйм</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Оттенки серого</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цветное</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Чёрно-белое</translation>
    </message>
    <message>
        <source>Halftone</source>
        <translation>Полутона</translation>
    </message>
    <message>
        <source>Scanning a preview…</source>
        <translation>Сканируем предпросмотр…</translation>
    </message>
    <message>
        <source>Preview scanned. Adjust the page if needed, then scan it.</source>
        <translation>Предпросмотр готов. Если нужно, поправьте лист и сканируйте.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <source>Document the claim cites</source>
        <translation>Документ, на который ссылается утверждение</translation>
    </message>
    <message>
        <source>No document: my own conclusion</source>
        <translation>Без документа: мой собственный вывод</translation>
    </message>
    <message>
        <source>Page of the document</source>
        <translation>Страница документа</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Весь документ</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <source>Without a document the claim is your own conclusion; the checks never count it as an archival record.</source>
        <translation>Без документа утверждение — ваш собственный вывод; проверки никогда не считают его архивной записью.</translation>
    </message>
    <message>
        <source>The selected words are marked on the page.</source>
        <translation>Выделенные слова отмечены на странице.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>This catalogue is empty. How would you like to begin?</source>
        <translation>Каталог пуст. С чего начать?</translation>
    </message>
</context>
<context>
    <name>SuggestionRow</name>
    <message>
        <source>Open the page with the words it was read from</source>
        <translation>Открыть страницу со словами, из которых это прочитано</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>The page does say this: add it to what the documents say</source>
        <translation>На странице действительно так написано: добавить к тому, что говорят документы</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>The program misread the page: delete this suggestion</source>
        <translation>Программа прочитала страницу неверно: удалить это предложение</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Read by the program from the text of a page. Check each against the page, then accept or reject it.</source>
        <translation>Прочитано программой из текста страницы. Сверьте каждое сведение со страницей, затем примите или отклоните его.</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Принять все</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>Отклонить все</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Starting…</source>
        <translation>Начинаем…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open what was written in its program</source>
        <translation>Открыть записанное в его программе</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>Open the folder that holds it</source>
        <translation>Открыть папку, где оно лежит</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>Готово %1 из %2</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>Готово: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was left half-written.</source>
        <translation>Прервано. Ничего не осталось записанным наполовину.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Прерываем…</translation>
    </message>
</context>
<context>
    <name>TextResultsView</name>
    <message>
        <source>Texts found</source>
        <translation>Найденные тексты</translation>
    </message>
    <message>
        <source>Type words in the search box to find them in the text of pages, in claims and in notes, in any grammatical form.</source>
        <translation>Наберите слова в поле поиска, чтобы найти их в тексте страниц, в сведениях и заметках — в любой грамматической форме.</translation>
    </message>
    <message>
        <source>No page, claim or note contains “%1”.</source>
        <translation>Ни на одной странице, в сведениях или заметках нет «%1».</translation>
    </message>
    <message>
        <source>The words occur in many more places; the newest are shown. Add a word to narrow the search.</source>
        <translation>Эти слова встречаются ещё во многих местах; показаны самые новые. Добавьте слово, чтобы сузить поиск.</translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation>Заметки: %1</translation>
    </message>
    <message>
        <source>Conclusion about %1</source>
        <translation>Вывод исследователя: %1</translation>
    </message>
    <message>
        <source>, page %1</source>
        <translation>, страница %1</translation>
    </message>
    <message>
        <source>a claim about %1</source>
        <translation>сведение о человеке: %1</translation>
    </message>
    <message>
        <source>the document&apos;s description</source>
        <translation>описание документа</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>What the documents say</source>
        <translation>Что говорят документы</translation>
    </message>
    <message>
        <source>Up and Down choose a claim, Enter edits it</source>
        <translation>Стрелки вверх и вниз выбирают сведение, Enter открывает его для правки</translation>
    </message>
</context>
<context>
    <name>TranscriptionEditor</name>
    <message>
        <source>Text of the page</source>
        <translation>Текст страницы</translation>
    </message>
    <message>
        <source>The page&apos;s transcription; the word at the cursor is marked on the image</source>
        <translation>Текст страницы; слово под курсором отмечено на изображении</translation>
    </message>
    <message>
        <source>This page has no text yet. Type what it says, or run text recognition.</source>
        <translation>У этой страницы пока нет текста. Наберите его или запустите распознавание.</translation>
    </message>
    <message>
        <source>Recognised with low confidence: check this word</source>
        <translation>Распознано неуверенно: проверьте это слово</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Spravka — welcome</source>
        <translation>Справка — добро пожаловать</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Welcome to Spravka</source>
        <translation>Добро пожаловать в «Справку»</translation>
    </message>
    <message>
        <source>Spravka keeps your family&apos;s archival certificates together: the scans, their text, and what each document says about each person — so you can see where the official record contradicts itself. Everything stays on this computer.</source>
        <translation>«Справка» собирает вместе архивные документы вашей семьи: сканы, их текст и то, что каждый документ говорит о каждом человеке, — чтобы было видно, где официальные бумаги противоречат сами себе. Всё хранится только на этом компьютере.</translation>
    </message>
    <message>
        <source>Create a new catalogue</source>
        <translation>Создать новый каталог</translation>
    </message>
    <message>
        <source>In the usual place for your documents: %1</source>
        <translation>В обычном месте для ваших данных: %1</translation>
    </message>
    <message>
        <source>Create a catalogue in another folder…</source>
        <translation>Создать каталог в другой папке…</translation>
    </message>
    <message>
        <source>For example on an external disk; choose an empty folder.</source>
        <translation>Например, на внешнем диске; выберите пустую папку.</translation>
    </message>
    <message>
        <source>Open an existing catalogue…</source>
        <translation>Открыть существующий каталог…</translation>
    </message>
    <message>
        <source>A folder made by Spravka before, here or on another computer.</source>
        <translation>Папку, созданную «Справкой» раньше, здесь или на другом компьютере.</translation>
    </message>
    <message>
        <source>Try the sample catalogue</source>
        <translation>Посмотреть пример каталога</translation>
    </message>
    <message>
        <source>Four fictional people with their certificates, one of them with a death date invented under KGB instruction 108ss. Kept apart from your own catalogue.</source>
        <translation>Четыре вымышленных человека с их справками; у одного из них дата смерти выдумана по указанию КГБ № 108сс. Пример хранится отдельно от вашего каталога.</translation>
    </message>
    <message>
        <source>Name a new folder for the catalogue (or choose an empty one)</source>
        <translation>Назовите новую папку для каталога (или выберите пустую)</translation>
    </message>
    <message>
        <source>Spravka catalogue</source>
        <translation>Каталог Справки</translation>
    </message>
    <message>
        <source>Choose a catalogue folder</source>
        <translation>Выберите папку каталога</translation>
    </message>
</context>
<context>
    <name>Work</name>
    <message>
        <source>&amp;Import scans…</source>
        <translation>&amp;Импорт сканов…</translation>
    </message>
    <message>
        <source>Add image files or PDFs to the catalogue as documents</source>
        <translation>Добавить в каталог изображения или PDF как документы</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <source>Add every scan in a folder and the folders inside it</source>
        <translation>Добавить все сканы из папки и вложенных папок</translation>
    </message>
    <message>
        <source>S&amp;can…</source>
        <translation>С&amp;канировать…</translation>
    </message>
    <message>
        <source>Scan a page with a scanner</source>
        <translation>Отсканировать страницу сканером</translation>
    </message>
    <message>
        <source>&amp;Text recognition (OCR)</source>
        <translation>&amp;Распознавание текста (OCR)</translation>
    </message>
    <message>
        <source>Pages waiting for text recognition, and running it</source>
        <translation>Страницы, ждущие распознавания текста, и запуск распознавания</translation>
    </message>
    <message>
        <source>C&amp;heck the catalogue</source>
        <translation>&amp;Проверить каталог</translation>
    </message>
    <message>
        <source>Look for invented death dates (instruction 108ss) and contradictions in every person&apos;s claims</source>
        <translation>Искать вымышленные даты смерти (указание 108сс) и противоречия в сведениях о каждом человеке</translation>
    </message>
    <message>
        <source>Checking the catalogue</source>
        <translation>Проверка каталога</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) checked.</source>
        <translation>
            <numerusform>Проверен %n человек.</numerusform>
            <numerusform>Проверено %n человека.</numerusform>
            <numerusform>Проверено %n человек.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) raised</source>
        <translation>
            <numerusform>Поставлена %n отметка</numerusform>
            <numerusform>Поставлено %n отметки</numerusform>
            <numerusform>Поставлено %n отметок</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 new, %2 refreshed, %3 left dismissed as you decided).</source>
        <translation>(новых: %1, обновлено: %2, оставлено отклонёнными по вашему решению: %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested flag(s) removed: their claims changed.</source>
        <translation>
            <numerusform>Снята %n предложенная отметка: сведения изменились.</numerusform>
            <numerusform>Снято %n предложенные отметки: сведения изменились.</numerusform>
            <numerusform>Снято %n предложенных отметок: сведения изменились.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No document open</source>
        <translation>Документ не открыт</translation>
    </message>
    <message>
        <source>Page of the document</source>
        <translation>Страница документа</translation>
    </message>
    <message>
        <source>Open a document to see its pages here: double-click a document in the dossier, or click the source of a claim to see the words it cites.</source>
        <translation>Откройте документ, чтобы увидеть здесь его страницы: дважды щёлкните документ в досье или нажмите на источник сведения, чтобы увидеть цитируемые слова.</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>Сохранить текст</translation>
    </message>
    <message>
        <source>Save the corrected text as a new version (earlier versions are kept)</source>
        <translation>Сохранить исправленный текст как новую версию (прежние версии сохраняются)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Earlier versions of this page&apos;s text</source>
        <translation>Прежние версии текста этой страницы</translation>
    </message>
    <message>
        <source>Next doubtful word</source>
        <translation>Следующее сомнительное слово</translation>
    </message>
    <message>
        <source>Go to the next word recognised with low confidence</source>
        <translation>Перейти к следующему слову, распознанному неуверенно</translation>
    </message>
    <message>
        <source>Create claim from selection…</source>
        <translation>Сведение из выделенного…</translation>
    </message>
    <message>
        <source>Record what the selected words state, citing this page</source>
        <translation>Записать, что сообщают выделенные слова, со ссылкой на эту страницу</translation>
    </message>
    <message>
        <source>Propose claims from this page</source>
        <translation>Предложить сведения с этой страницы</translation>
    </message>
    <message>
        <source>Read the dates, sentences and causes this page states and suggest them as claims, each citing its words, for you to accept or reject</source>
        <translation>Прочитать даты, приговоры и причины, которые называет эта страница, и предложить их как сведения со ссылкой на слова — чтобы вы приняли или отклонили их</translation>
    </message>
    <message>
        <source>Propose claims</source>
        <translation>Предложить сведения</translation>
    </message>
    <message>
        <source>Document &amp;details…</source>
        <translation>&amp;Реквизиты документа…</translation>
    </message>
    <message>
        <source>The kind of document, who issued it and when, where it is kept</source>
        <translation>Вид документа, кем и когда выдан, где хранится</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Реквизиты…</translation>
    </message>
    <message>
        <source>Recognise this document&apos;s text</source>
        <translation>Распознать текст этого документа</translation>
    </message>
    <message>
        <source>Run text recognition (OCR) on the pages of this document that need it</source>
        <translation>Распознать текст (OCR) на страницах этого документа, где это нужно</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>The page could not be opened</source>
        <translation>Не удалось открыть страницу</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>No text saved for this page yet.</source>
        <translation>Для этой страницы текст ещё не сохранён.</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Версия %1 · %2 · %3</translation>
    </message>
    <message>
        <source> · confidence %1 %</source>
        <translation> · уверенность %1 %</translation>
    </message>
    <message numerus="yes">
        <source> · %n doubtful word(s) (F8)</source>
        <translation>
            <numerusform> · %n сомнительное слово (F8)</numerusform>
            <numerusform> · %n сомнительных слова (F8)</numerusform>
            <numerusform> · %n сомнительных слов (F8)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Несохранённый текст</translation>
    </message>
    <message>
        <source>The text of this page was changed. Save it as a new version?</source>
        <translation>Текст этой страницы изменён. Сохранить его как новую версию?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
</TS>
