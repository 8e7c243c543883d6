<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Application</name>
    <message>
        <source>The catalogue could not be opened</source>
        <translation>The catalogue could not be opened</translation>
    </message>
    <message>
        <source>The catalogue could not be created</source>
        <translation>The catalogue could not be created</translation>
    </message>
    <message>
        <source>The sample catalogue could not be made</source>
        <translation>The sample catalogue could not be made</translation>
    </message>
    <message>
        <source>Choose a catalogue folder</source>
        <translation>Choose a catalogue folder</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new catalogue</source>
        <translation>Choose an empty folder for the new catalogue</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>e.g. 20.10.1937, 10.1937 or 1937</source>
        <translation>e.g. 20.10.1937, 10.1937 or 1937</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Article:</translation>
    </message>
    <message>
        <source>&amp;Sentence:</source>
        <translation>&amp;Sentence:</translation>
    </message>
    <message>
        <source>&amp;Cause of death:</source>
        <translation>&amp;Cause of death:</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>The court, troika or office that decided, as written</source>
        <translation>The court, troika or office that decided, as written</translation>
    </message>
    <message>
        <source>e.g. 58-10 or 54-10</source>
        <translation>e.g. 58-10 or 54-10</translation>
    </message>
    <message>
        <source>e.g. ВМН or 10 лет ИТЛ</source>
        <translation>e.g. ВМН or 10 лет ИТЛ</translation>
    </message>
    <message>
        <source>e.g. за отсутствием состава преступления</source>
        <translation>e.g. за отсутствием состава преступления</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Quoted words:</source>
        <translation>&amp;Quoted words:</translation>
    </message>
    <message>
        <source> (the selected words are marked on the page)</source>
        <translation> (the selected words are marked on the page)</translation>
    </message>
    <message>
        <source>Cited document kept as it is</source>
        <translation>Cited document kept as it is</translation>
    </message>
    <message>
        <source>No document: the claim is your own conclusion</source>
        <translation>No document: the claim is your own conclusion</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Write the date as 20.10.1937, 10.1937, 1937 or 1937-10-20.</source>
        <translation>Write the date as 20.10.1937, 10.1937, 1937 or 1937-10-20.</translation>
    </message>
</context>
<context>
    <name>ClaimRow</name>
    <message>
        <source>This claim is part of a flag or a disagreement</source>
        <translation>This claim is part of a flag or a disagreement</translation>
    </message>
    <message>
        <source>Open the page with the cited words marked</source>
        <translation>Open the page with the cited words marked</translation>
    </message>
    <message>
        <source>Suggested by the program; not yet accepted</source>
        <translation>Suggested by the program; not yet accepted</translation>
    </message>
</context>
<context>
    <name>ClaimText</name>
    <message>
        <source>art. %1</source>
        <translation>art. %1</translation>
    </message>
    <message>
        <source>sentence: %1</source>
        <translation>sentence: %1</translation>
    </message>
    <message>
        <source>cause: %1</source>
        <translation>cause: %1</translation>
    </message>
    <message>
        <source>your conclusion</source>
        <translation>your conclusion</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <source>, p. %1</source>
        <translation>, p. %1</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Choose a person in the list to see their dossier.</source>
        <translation>Choose a person in the list to see their dossier.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit this person&apos;s names and details (F2)</source>
        <translation>Edit this person&apos;s names and details (F2)</translation>
    </message>
    <message>
        <source>born %1, %2</source>
        <translation>born %1, %2</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>born in %1</source>
        <translation>born in %1</translation>
    </message>
    <message>
        <source>lived in %1</source>
        <translation>lived in %1</translation>
    </message>
    <message>
        <source>Also written as: %1</source>
        <translation>Also written as: %1</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Likelihood %1 % · %2</source>
        <translation>Likelihood %1 % · %2</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>You have checked the documents and agree</source>
        <translation>You have checked the documents and agree</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>The suspicion does not hold; it will stay dismissed after re-checks</source>
        <translation>The suspicion does not hold; it will stay dismissed after re-checks</translation>
    </message>
    <message>
        <source>Review again</source>
        <translation>Review again</translation>
    </message>
    <message>
        <source>The documents disagree about how and when the person died</source>
        <translation>The documents disagree about how and when the person died</translation>
    </message>
    <message>
        <source>The documents disagree about the birth</source>
        <translation>The documents disagree about the birth</translation>
    </message>
    <message>
        <source>The documents disagree about the arrest</source>
        <translation>The documents disagree about the arrest</translation>
    </message>
    <message>
        <source>The documents disagree about the sentence</source>
        <translation>The documents disagree about the sentence</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>Open the page this claim comes from</source>
        <translation>Open the page this claim comes from</translation>
    </message>
    <message>
        <source>What the documents say</source>
        <translation>What the documents say</translation>
    </message>
    <message>
        <source>Add claim…</source>
        <translation>Add claim…</translation>
    </message>
    <message>
        <source>Record what a document (or your research) states</source>
        <translation>Record what a document (or your research) states</translation>
    </message>
    <message>
        <source>No claims yet. Add what the documents state.</source>
        <translation>No claims yet. Add what the documents state.</translation>
    </message>
    <message>
        <source>Edit claim…</source>
        <translation>Edit claim…</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Delete claim</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>No documents are linked to this person yet.</source>
        <translation>No documents are linked to this person yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Versions of the text</source>
        <translation>Versions of the text</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Use this text</source>
        <translation>Use this text</translation>
    </message>
    <message>
        <source>Put this version&apos;s text in the editor; saving makes it the newest version</source>
        <translation>Put this version&apos;s text in the editor; saving makes it the newest version</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Birth</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Arrest</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Execution</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Death</translation>
    </message>
    <message>
        <source>Burial</source>
        <translation>Burial</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>Rehabilitation</translation>
    </message>
    <message>
        <source>Rehabilitation refused</source>
        <translation>Rehabilitation refused</translation>
    </message>
    <message>
        <source>Rehabilitation revoked</source>
        <translation>Rehabilitation revoked</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Other event</translation>
    </message>
    <message>
        <source>Death certificate</source>
        <translation>Death certificate</translation>
    </message>
    <message>
        <source>Death notice</source>
        <translation>Death notice</translation>
    </message>
    <message>
        <source>Rehabilitation certificate</source>
        <translation>Rehabilitation certificate</translation>
    </message>
    <message>
        <source>Archival reply</source>
        <translation>Archival reply</translation>
    </message>
    <message>
        <source>Protocol extract</source>
        <translation>Protocol extract</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Photograph</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Possibly invented death date (instruction 108ss)</source>
        <translation>Possibly invented death date (instruction 108ss)</translation>
    </message>
    <message>
        <source>Documents give different dates</source>
        <translation>Documents give different dates</translation>
    </message>
    <message>
        <source>Cover formula instead of the real sentence</source>
        <translation>Cover formula instead of the real sentence</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <source>about this person</source>
        <translation>about this person</translation>
    </message>
    <message>
        <source>about a relative</source>
        <translation>about a relative</translation>
    </message>
    <message>
        <source>mentions this person</source>
        <translation>mentions this person</translation>
    </message>
    <message>
        <source>recognised text</source>
        <translation>recognised text</translation>
    </message>
    <message>
        <source>corrected by hand</source>
        <translation>corrected by hand</translation>
    </message>
    <message>
        <source>imported text</source>
        <translation>imported text</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>exactly</translation>
    </message>
    <message>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <source>after</source>
        <translation>after</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>before %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>after %1</translation>
    </message>
    <message>
        <source>spelling</source>
        <translation>spelling</translation>
    </message>
    <message>
        <source>maiden name</source>
        <translation>maiden name</translation>
    </message>
    <message>
        <source>transliteration</source>
        <translation>transliteration</translation>
    </message>
    <message>
        <source>other form</source>
        <translation>other form</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spravka — %1</source>
        <translation>Spravka — %1</translation>
    </message>
    <message>
        <source>&amp;Open catalogue…</source>
        <translation>&amp;Open catalogue…</translation>
    </message>
    <message>
        <source>&amp;New catalogue…</source>
        <translation>&amp;New catalogue…</translation>
    </message>
    <message>
        <source>Open the &amp;sample catalogue</source>
        <translation>Open the &amp;sample catalogue</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find person</source>
        <translation>&amp;Find person</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Edit person…</translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation>&amp;Delete person</translation>
    </message>
    <message>
        <source>&amp;Add claim…</source>
        <translation>&amp;Add claim…</translation>
    </message>
    <message>
        <source>Edit &amp;claim…</source>
        <translation>Edit &amp;claim…</translation>
    </message>
    <message>
        <source>De&amp;lete claim</source>
        <translation>De&amp;lete claim</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Spravka</source>
        <translation>&amp;About Spravka</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Catalogue: %1</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Delete %1 with all their claims and flags? Their documents stay in the catalogue. You can undo this with %2.</source>
        <translation>Delete %1 with all their claims and flags? Their documents stay in the catalogue. You can undo this with %2.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>New claim about %1</source>
        <translation>New claim about %1</translation>
    </message>
    <message>
        <source>Create claim</source>
        <translation>Create claim</translation>
    </message>
    <message>
        <source>Choose the person this document is about in the list first.</source>
        <translation>Choose the person this document is about in the list first.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <source>, page %1</source>
        <translation>, page %1</translation>
    </message>
    <message>
        <source>New claim from the selected words</source>
        <translation>New claim from the selected words</translation>
    </message>
    <message>
        <source>Add claim: %1</source>
        <translation>Add claim: %1</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Edit claim</translation>
    </message>
    <message>
        <source>Edit claim: %1</source>
        <translation>Edit claim: %1</translation>
    </message>
    <message>
        <source>Delete claim: %1</source>
        <translation>Delete claim: %1</translation>
    </message>
    <message>
        <source>Confirm flag</source>
        <translation>Confirm flag</translation>
    </message>
    <message>
        <source>Dismiss flag</source>
        <translation>Dismiss flag</translation>
    </message>
    <message>
        <source>Review flag again</source>
        <translation>Review flag again</translation>
    </message>
    <message>
        <source>Rotate page</source>
        <translation>Rotate page</translation>
    </message>
    <message>
        <source>Crop page</source>
        <translation>Crop page</translation>
    </message>
    <message>
        <source>Undo crop</source>
        <translation>Undo crop</translation>
    </message>
    <message>
        <source>About Spravka</source>
        <translation>About Spravka</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Spravka&lt;/b&gt; — a catalogue of archival certificates on victims of Soviet political repression.&lt;/p&gt;&lt;p&gt;It keeps every document, its text and what it claims, and shows where the documents contradict each other. It works offline: nothing leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Spravka&lt;/b&gt; — a catalogue of archival certificates on victims of Soviet political repression.&lt;/p&gt;&lt;p&gt;It keeps every document, its text and what it claims, and shows where the documents contradict each other. It works offline: nothing leaves this computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>claim</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>flag</translation>
    </message>
    <message>
        <source>name variant</source>
        <translation>name variant</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>surname</source>
        <translation>surname</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>given name</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>region on the page</source>
        <translation>region on the page</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>identifier</translation>
    </message>
    <message>
        <source>crop</source>
        <translation>crop</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>rotation</translation>
    </message>
    <message>
        <source>There is no catalogue in the folder %1.</source>
        <translation>There is no catalogue in the folder %1.</translation>
    </message>
    <message>
        <source>The folder %1 is not a Spravka catalogue, or it holds other files. Nothing in it was changed. Choose an empty folder or an existing catalogue.</source>
        <translation>The folder %1 is not a Spravka catalogue, or it holds other files. Nothing in it was changed. Choose an empty folder or an existing catalogue.</translation>
    </message>
    <message>
        <source>The catalogue %1 was written by a newer version of Spravka. Nothing was changed; install the newer version to open it.</source>
        <translation>The catalogue %1 was written by a newer version of Spravka. Nothing was changed; install the newer version to open it.</translation>
    </message>
    <message>
        <source>The catalogue %1 cannot be written (read-only disk or no permission). The change was not saved.</source>
        <translation>The catalogue %1 cannot be written (read-only disk or no permission). The change was not saved.</translation>
    </message>
    <message>
        <source>Another program kept the catalogue %1 busy for too long. The change was not saved; please try again.</source>
        <translation>Another program kept the catalogue %1 busy for too long. The change was not saved; please try again.</translation>
    </message>
    <message>
        <source>Problem with the catalogue %1: %2</source>
        <translation>Problem with the catalogue %1: %2</translation>
    </message>
    <message>
        <source>The %1 was not found; it may have been deleted meanwhile.</source>
        <translation>The %1 was not found; it may have been deleted meanwhile.</translation>
    </message>
    <message>
        <source>“%1” is not a possible date.</source>
        <translation>“%1” is not a possible date.</translation>
    </message>
    <message>
        <source>The %1 is not acceptable: %2</source>
        <translation>The %1 is not acceptable: %2</translation>
    </message>
    <message>
        <source>The file %1 has %2 problem(s); nothing was loaded.
%3</source>
        <translation>The file %1 has %2 problem(s); nothing was loaded.
%3</translation>
    </message>
    <message>
        <source>The image of this page is missing from the catalogue or damaged (%1).</source>
        <translation>The image of this page is missing from the catalogue or damaged (%1).</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written: %2</source>
        <translation>The file %1 could not be read or written: %2</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <source>Spravka</source>
        <translation>Spravka</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Recognised with low confidence (%1 %)</source>
        <translation>Recognised with low confidence (%1 %)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation>Arrested</translation>
    </message>
    <message>
        <source>Surname, given name and patronymic; click to sort</source>
        <translation>Surname, given name and patronymic; click to sort</translation>
    </message>
    <message>
        <source>Year or date of birth; click to sort</source>
        <translation>Year or date of birth; click to sort</translation>
    </message>
    <message>
        <source>Earliest arrest date stated in the documents</source>
        <translation>Earliest arrest date stated in the documents</translation>
    </message>
    <message>
        <source>Flags: suspicions raised by the checks or by you</source>
        <translation>Flags: suspicions raised by the checks or by you</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) to review</source>
        <translation>
            <numerusform>%n flag to review</numerusform>
            <numerusform>%n flags to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed flag(s)</source>
        <translation>
            <numerusform>%n confirmed flag</numerusform>
            <numerusform>%n confirmed flags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Filter by name…</source>
        <translation>Filter by name…</translation>
    </message>
    <message>
        <source>Show the people whose names (or name variants) start with these words</source>
        <translation>Show the people whose names (or name variants) start with these words</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Patronymic:</translation>
    </message>
    <message>
        <source>Place of &amp;birth:</source>
        <translation>Place of &amp;birth:</translation>
    </message>
    <message>
        <source>&amp;Nationality:</source>
        <translation>&amp;Nationality:</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>&amp;Occupation:</translation>
    </message>
    <message>
        <source>&amp;Lived in:</source>
        <translation>&amp;Lived in:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>e.g. 14.05.1901 or 1901</source>
        <translation>e.g. 14.05.1901 or 1901</translation>
    </message>
    <message>
        <source>Date of bi&amp;rth:</source>
        <translation>Date of bi&amp;rth:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>Write at least a surname or a given name.</source>
        <translation>Write at least a surname or a given name.</translation>
    </message>
    <message>
        <source>Write the date of birth as 14.05.1901, 05.1901 or 1901.</source>
        <translation>Write the date of birth as 14.05.1901, 05.1901 or 1901.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>TranscriptionEditor</name>
    <message>
        <source>This page has no text yet. Type what it says, or run text recognition.</source>
        <translation>This page has no text yet. Type what it says, or run text recognition.</translation>
    </message>
    <message>
        <source>Recognised with low confidence: check this word</source>
        <translation>Recognised with low confidence: check this word</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Spravka — welcome</source>
        <translation>Spravka — welcome</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Welcome to Spravka</source>
        <translation>Welcome to Spravka</translation>
    </message>
    <message>
        <source>Spravka keeps your family&apos;s archival certificates together: the scans, their text, and what each document says about each person — so you can see where the official record contradicts itself. Everything stays on this computer.</source>
        <translation>Spravka keeps your family&apos;s archival certificates together: the scans, their text, and what each document says about each person — so you can see where the official record contradicts itself. Everything stays on this computer.</translation>
    </message>
    <message>
        <source>Create a new catalogue</source>
        <translation>Create a new catalogue</translation>
    </message>
    <message>
        <source>In the usual place for your documents: %1</source>
        <translation>In the usual place for your documents: %1</translation>
    </message>
    <message>
        <source>Create a catalogue in another folder…</source>
        <translation>Create a catalogue in another folder…</translation>
    </message>
    <message>
        <source>For example on an external disk; choose an empty folder.</source>
        <translation>For example on an external disk; choose an empty folder.</translation>
    </message>
    <message>
        <source>Open an existing catalogue…</source>
        <translation>Open an existing catalogue…</translation>
    </message>
    <message>
        <source>A folder made by Spravka before, here or on another computer.</source>
        <translation>A folder made by Spravka before, here or on another computer.</translation>
    </message>
    <message>
        <source>Try the sample catalogue</source>
        <translation>Try the sample catalogue</translation>
    </message>
    <message>
        <source>Four fictional people with their certificates, one of them with a death date invented under KGB instruction 108ss. Kept apart from your own catalogue.</source>
        <translation>Four fictional people with their certificates, one of them with a death date invented under KGB instruction 108ss. Kept apart from your own catalogue.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new catalogue</source>
        <translation>Choose an empty folder for the new catalogue</translation>
    </message>
    <message>
        <source>Choose a catalogue folder</source>
        <translation>Choose a catalogue folder</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No document open</source>
        <translation>No document open</translation>
    </message>
    <message>
        <source>Page of the document</source>
        <translation>Page of the document</translation>
    </message>
    <message>
        <source>Open a document to see its pages here: double-click a document in the dossier, or click the source of a claim to see the words it cites.</source>
        <translation>Open a document to see its pages here: double-click a document in the dossier, or click the source of a claim to see the words it cites.</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation>Show the whole page</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fill the width</source>
        <translation>Fill the width</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Rotate left</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the left (the image file is not changed)</source>
        <translation>Turn the page a quarter to the left (the image file is not changed)</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Rotate right</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the right (the image file is not changed)</source>
        <translation>Turn the page a quarter to the right (the image file is not changed)</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Crop</translation>
    </message>
    <message>
        <source>Drag a rectangle on the page to keep only that part</source>
        <translation>Drag a rectangle on the page to keep only that part</translation>
    </message>
    <message>
        <source>Undo crop</source>
        <translation>Undo crop</translation>
    </message>
    <message>
        <source>Show the whole scan again</source>
        <translation>Show the whole scan again</translation>
    </message>
    <message>
        <source>Word boxes</source>
        <translation>Word boxes</translation>
    </message>
    <message>
        <source>Outline the recognised words on the page</source>
        <translation>Outline the recognised words on the page</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>Save text</translation>
    </message>
    <message>
        <source>Save the corrected text as a new version (earlier versions are kept)</source>
        <translation>Save the corrected text as a new version (earlier versions are kept)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Earlier versions of this page&apos;s text</source>
        <translation>Earlier versions of this page&apos;s text</translation>
    </message>
    <message>
        <source>Next doubtful word</source>
        <translation>Next doubtful word</translation>
    </message>
    <message>
        <source>Go to the next word recognised with low confidence</source>
        <translation>Go to the next word recognised with low confidence</translation>
    </message>
    <message>
        <source>Create claim from selection…</source>
        <translation>Create claim from selection…</translation>
    </message>
    <message>
        <source>Record what the selected words state, citing this page</source>
        <translation>Record what the selected words state, citing this page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>The page could not be opened</source>
        <translation>The page could not be opened</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>No text saved for this page yet.</source>
        <translation>No text saved for this page yet.</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <source> · confidence %1 %</source>
        <translation> · confidence %1 %</translation>
    </message>
    <message numerus="yes">
        <source> · %n doubtful word(s) (F8)</source>
        <translation>
            <numerusform> · %n doubtful word (F8)</numerusform>
            <numerusform> · %n doubtful words (F8)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Unsaved text</translation>
    </message>
    <message>
        <source>The text of this page was changed. Save it as a new version?</source>
        <translation>The text of this page was changed. Save it as a new version?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
</TS>
