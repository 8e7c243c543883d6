<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>Application</name>
    <message>
        <source>The catalogue could not be opened</source>
        <translation>Не вдалося відкрити каталог</translation>
    </message>
    <message>
        <source>The catalogue could not be created</source>
        <translation>Не вдалося створити каталог</translation>
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
        <source>Choose an empty folder for the new catalogue</source>
        <translation>Виберіть порожню теку для нового каталогу</translation>
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
        <translation>Суд, трійка чи установа, що ухвалили рішення, — як написано в документі</translation>
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
    <name>DossierView</name>
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
        <source>Likelihood %1 % · %2</source>
        <translation>Ймовірність %1 % · %2</translation>
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
    <name>HistoryDialog</name>
    <message>
        <source>Versions of the text</source>
        <translation>Версії тексту</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версія %1</translation>
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
    <name>Labels</name>
    <message>
        <source>Birth</source>
        <translation>Народження</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Арешт</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Вирок</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Розстріл</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Смерть</translation>
    </message>
    <message>
        <source>Burial</source>
        <translation>Поховання</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Звільнення</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Реабілітація</translation>
    </message>
    <message>
        <source>Rehabilitation refused</source>
        <translation>Відмова в реабілітації</translation>
    </message>
    <message>
        <source>Rehabilitation revoked</source>
        <translation>Реабілітацію скасовано</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Інша подія</translation>
    </message>
    <message>
        <source>Death certificate</source>
        <translation>Свідоцтво про смерть</translation>
    </message>
    <message>
        <source>Death notice</source>
        <translation>Повідомлення про смерть</translation>
    </message>
    <message>
        <source>Rehabilitation certificate</source>
        <translation>Довідка про реабілітацію</translation>
    </message>
    <message>
        <source>Archival reply</source>
        <translation>Архівна довідка</translation>
    </message>
    <message>
        <source>Protocol extract</source>
        <translation>Витяг із протоколу</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Фотографія</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Possibly invented death date (instruction 108ss)</source>
        <translation>Можливо вигадана дата смерті (вказівка 108сс)</translation>
    </message>
    <message>
        <source>Documents give different dates</source>
        <translation>Документи називають різні дати</translation>
    </message>
    <message>
        <source>Cover formula instead of the real sentence</source>
        <translation>Формула прикриття замість справжнього вироку</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>потребує перевірки</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <source>about this person</source>
        <translation>про цю особу</translation>
    </message>
    <message>
        <source>about a relative</source>
        <translation>про родича</translation>
    </message>
    <message>
        <source>mentions this person</source>
        <translation>згадує цю особу</translation>
    </message>
    <message>
        <source>recognised text</source>
        <translation>розпізнаний текст</translation>
    </message>
    <message>
        <source>corrected by hand</source>
        <translation>виправлено вручну</translation>
    </message>
    <message>
        <source>imported text</source>
        <translation>імпортований текст</translation>
    </message>
    <message>
        <source>male</source>
        <translation>чоловіча</translation>
    </message>
    <message>
        <source>female</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>точно</translation>
    </message>
    <message>
        <source>about</source>
        <translation>близько</translation>
    </message>
    <message>
        <source>before</source>
        <translation>до</translation>
    </message>
    <message>
        <source>after</source>
        <translation>після</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>близько %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>після %1</translation>
    </message>
    <message>
        <source>spelling</source>
        <translation>написання</translation>
    </message>
    <message>
        <source>maiden name</source>
        <translation>дівоче прізвище</translation>
    </message>
    <message>
        <source>transliteration</source>
        <translation>транслітерація</translation>
    </message>
    <message>
        <source>other form</source>
        <translation>інша форма</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Комбінації клавіш</translation>
    </message>
    <message>
        <source>&amp;About Spravka</source>
        <translation>&amp;Про програму «Справка»</translation>
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
        <source>Catalogue: %1</source>
        <translation>Каталог: %1</translation>
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
        <source>About Spravka</source>
        <translation>Про програму «Справка»</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Spravka&lt;/b&gt; — a catalogue of archival certificates on victims of Soviet political repression.&lt;/p&gt;&lt;p&gt;It keeps every document, its text and what it claims, and shows where the documents contradict each other. It works offline: nothing leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Справка&lt;/b&gt; — каталог архівних довідок про жертв радянських політичних репресій.&lt;/p&gt;&lt;p&gt;Програма зберігає кожен документ, його текст і те, що в ньому стверджується, та показує, де документи суперечать одне одному. Вона працює без інтернету: ніщо не залишає цей комп’ютер.&lt;/p&gt;</translation>
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
    <name>PageView</name>
    <message>
        <source>Recognised with low confidence (%1 %)</source>
        <translation>Розпізнано непевно (%1 %)</translation>
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
        <source>Earliest arrest date stated in the documents</source>
        <translation>Найраніша дата арешту за документами</translation>
    </message>
    <message>
        <source>Flags: suspicions raised by the checks or by you</source>
        <translation>Позначки: підозри, позначені перевірками або вами</translation>
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
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Filter by name…</source>
        <translation>Відбір за іменем…</translation>
    </message>
    <message>
        <source>Show the people whose names (or name variants) start with these words</source>
        <translation>Показати осіб, чиї імена (або варіанти імен) починаються з цих слів</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n особа</numerusform>
            <numerusform>%n особи</numerusform>
            <numerusform>%n осіб</numerusform>
        </translation>
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
    <name>TranscriptionEditor</name>
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
        <source>Choose an empty folder for the new catalogue</source>
        <translation>Виберіть порожню теку для нового каталогу</translation>
    </message>
    <message>
        <source>Choose a catalogue folder</source>
        <translation>Виберіть теку каталогу</translation>
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
        <source>Word boxes</source>
        <translation>Рамки слів</translation>
    </message>
    <message>
        <source>Outline the recognised words on the page</source>
        <translation>Обвести розпізнані слова на сторінці</translation>
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
