<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Application</name>
    <message>
        <source>The catalogue could not be opened</source>
        <translation>Не удалось открыть каталог</translation>
    </message>
    <message>
        <source>The catalogue could not be created</source>
        <translation>Не удалось создать каталог</translation>
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
        <source>Choose an empty folder for the new catalogue</source>
        <translation>Выберите пустую папку для нового каталога</translation>
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
        <translation>Суд, тройка или учреждение, принявшие решение, — как написано в документе</translation>
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
    <name>DossierView</name>
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
        <source>Likelihood %1 % · %2</source>
        <translation>Вероятность %1 % · %2</translation>
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
    <name>HistoryDialog</name>
    <message>
        <source>Versions of the text</source>
        <translation>Версии текста</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
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
    <name>Labels</name>
    <message>
        <source>Birth</source>
        <translation>Рождение</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Арест</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Расстрел</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Смерть</translation>
    </message>
    <message>
        <source>Burial</source>
        <translation>Захоронение</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Реабилитация</translation>
    </message>
    <message>
        <source>Rehabilitation refused</source>
        <translation>Отказ в реабилитации</translation>
    </message>
    <message>
        <source>Rehabilitation revoked</source>
        <translation>Реабилитация отменена</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Другое событие</translation>
    </message>
    <message>
        <source>Death certificate</source>
        <translation>Свидетельство о смерти</translation>
    </message>
    <message>
        <source>Death notice</source>
        <translation>Извещение о смерти</translation>
    </message>
    <message>
        <source>Rehabilitation certificate</source>
        <translation>Справка о реабилитации</translation>
    </message>
    <message>
        <source>Archival reply</source>
        <translation>Архивная справка</translation>
    </message>
    <message>
        <source>Protocol extract</source>
        <translation>Выписка из протокола</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Possibly invented death date (instruction 108ss)</source>
        <translation>Возможно вымышленная дата смерти (указание 108сс)</translation>
    </message>
    <message>
        <source>Documents give different dates</source>
        <translation>Документы называют разные даты</translation>
    </message>
    <message>
        <source>Cover formula instead of the real sentence</source>
        <translation>Формула прикрытия вместо настоящего приговора</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>требует проверки</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>about this person</source>
        <translation>об этом человеке</translation>
    </message>
    <message>
        <source>about a relative</source>
        <translation>о родственнике</translation>
    </message>
    <message>
        <source>mentions this person</source>
        <translation>упоминает этого человека</translation>
    </message>
    <message>
        <source>recognised text</source>
        <translation>распознанный текст</translation>
    </message>
    <message>
        <source>corrected by hand</source>
        <translation>исправлено вручную</translation>
    </message>
    <message>
        <source>imported text</source>
        <translation>импортированный текст</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>точно</translation>
    </message>
    <message>
        <source>about</source>
        <translation>около</translation>
    </message>
    <message>
        <source>before</source>
        <translation>до</translation>
    </message>
    <message>
        <source>after</source>
        <translation>после</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>около %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>после %1</translation>
    </message>
    <message>
        <source>spelling</source>
        <translation>написание</translation>
    </message>
    <message>
        <source>maiden name</source>
        <translation>девичья фамилия</translation>
    </message>
    <message>
        <source>transliteration</source>
        <translation>транслитерация</translation>
    </message>
    <message>
        <source>other form</source>
        <translation>другая форма</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spravka — %1</source>
        <translation>Справка — %1</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Spravka</source>
        <translation>&amp;О программе «Справка»</translation>
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
        <source>Catalogue: %1</source>
        <translation>Каталог: %1</translation>
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
        <source>About Spravka</source>
        <translation>О программе «Справка»</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Spravka&lt;/b&gt; — a catalogue of archival certificates on victims of Soviet political repression.&lt;/p&gt;&lt;p&gt;It keeps every document, its text and what it claims, and shows where the documents contradict each other. It works offline: nothing leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Справка&lt;/b&gt; — каталог архивных справок о жертвах советских политических репрессий.&lt;/p&gt;&lt;p&gt;Программа хранит каждый документ, его текст и то, что в нём утверждается, и показывает, где документы противоречат друг другу. Она работает без интернета: ничто не покидает этот компьютер.&lt;/p&gt;</translation>
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
    <name>PageView</name>
    <message>
        <source>Recognised with low confidence (%1 %)</source>
        <translation>Распознано неуверенно (%1 %)</translation>
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
        <source>Earliest arrest date stated in the documents</source>
        <translation>Самая ранняя дата ареста по документам</translation>
    </message>
    <message>
        <source>Flags: suspicions raised by the checks or by you</source>
        <translation>Отметки: подозрения, отмеченные проверками или вами</translation>
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
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Filter by name…</source>
        <translation>Отбор по имени…</translation>
    </message>
    <message>
        <source>Show the people whose names (or name variants) start with these words</source>
        <translation>Показать людей, чьи имена (или варианты имён) начинаются с этих слов</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
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
    <name>TranscriptionEditor</name>
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
        <source>Choose an empty folder for the new catalogue</source>
        <translation>Выберите пустую папку для нового каталога</translation>
    </message>
    <message>
        <source>Choose a catalogue folder</source>
        <translation>Выберите папку каталога</translation>
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
        <source>Word boxes</source>
        <translation>Рамки слов</translation>
    </message>
    <message>
        <source>Outline the recognised words on the page</source>
        <translation>Обвести распознанные слова на странице</translation>
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
