<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Spravka</source>
        <translation>About Spravka</translation>
    </message>
    <message>
        <source>A catalogue of archival certificates on victims of Soviet political repression: every document, its text and what it claims, and where the documents contradict each other.</source>
        <translation>A catalogue of archival certificates on victims of Soviet political repression: every document, its text and what it claims, and where the documents contradict each other.</translation>
    </message>
    <message>
        <source>It works offline: nothing leaves this computer.</source>
        <translation>It works offline: nothing leaves this computer.</translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2</source>
        <translation>Qt %1, PySide6 %2</translation>
    </message>
    <message>
        <source>Python %1 on %2</source>
        <translation>Python %1 on %2</translation>
    </message>
    <message>
        <source>Text recognition: looking for Tesseract…</source>
        <translation>Text recognition: looking for Tesseract…</translation>
    </message>
    <message>
        <source>Text recognition: Tesseract %1 (%2)</source>
        <translation>Text recognition: Tesseract %1 (%2)</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>To read those languages, install %1.</source>
        <translation>To read those languages, install %1.</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear the text</source>
        <translation>Clear the text</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The catalogue is open elsewhere</source>
        <translation>The catalogue is open elsewhere</translation>
    </message>
    <message>
        <source>The catalogue %1 is open in another Spravka window. Only one window at a time may change a catalogue, so that no change is lost.</source>
        <translation>The catalogue %1 is open in another Spravka window. Only one window at a time may change a catalogue, so that no change is lost.</translation>
    </message>
    <message>
        <source>You can open it read-only here (to read, search and export), or choose another catalogue.</source>
        <translation>You can open it read-only here (to read, search and export), or choose another catalogue.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Choose another catalogue…</source>
        <translation>Choose another catalogue…</translation>
    </message>
    <message>
        <source>The catalogue could not be opened</source>
        <translation>The catalogue could not be opened</translation>
    </message>
    <message>
        <source>The catalogue could not be created</source>
        <translation>The catalogue could not be created</translation>
    </message>
    <message>
        <source>The catalogue&apos;s database is damaged, so nothing will be written to it. Help ▸ Check the catalogue&apos;s integrity shows what is wrong and restores the newest good automatic backup into a new folder.</source>
        <translation>The catalogue&apos;s database is damaged, so nothing will be written to it. Help ▸ Check the catalogue&apos;s integrity shows what is wrong and restores the newest good automatic backup into a new folder.</translation>
    </message>
    <message>
        <source>This catalogue is open in another Spravka window, which alone may change it. To make changes here, close the other window and open the catalogue again.</source>
        <translation>This catalogue is open in another Spravka window, which alone may change it. To make changes here, close the other window and open the catalogue again.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s folder cannot be written (a read-only disk, or no permission).</source>
        <translation>The catalogue&apos;s folder cannot be written (a read-only disk, or no permission).</translation>
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
        <source>Name a new folder for the catalogue (or choose an empty one)</source>
        <translation>Name a new folder for the catalogue (or choose an empty one)</translation>
    </message>
    <message>
        <source>Spravka catalogue</source>
        <translation>Spravka catalogue</translation>
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
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
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
    <name>DoctorDialog</name>
    <message>
        <source>Check the catalogue&apos;s integrity</source>
        <translation>Check the catalogue&apos;s integrity</translation>
    </message>
    <message>
        <source>Checking the database, every image and the search index…</source>
        <translation>Checking the database, every image and the search index…</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>What the check found</translation>
    </message>
    <message>
        <source>Restore the backup into a new folder</source>
        <translation>Restore the backup into a new folder</translation>
    </message>
    <message>
        <source>The database cannot be read</source>
        <translation>The database cannot be read</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>A row refers to a record that does not exist</source>
        <translation>A row refers to a record that does not exist</translation>
    </message>
    <message>
        <source>An image no longer matches its SHA-256 (damaged)</source>
        <translation>An image no longer matches its SHA-256 (damaged)</translation>
    </message>
    <message>
        <source>An image the database refers to is missing</source>
        <translation>An image the database refers to is missing</translation>
    </message>
    <message>
        <source>An image no record refers to (harmless)</source>
        <translation>An image no record refers to (harmless)</translation>
    </message>
    <message>
        <source>A stray file in the image store (harmless)</source>
        <translation>A stray file in the image store (harmless)</translation>
    </message>
    <message>
        <source>The search index is of an older version</source>
        <translation>The search index is of an older version</translation>
    </message>
    <message>
        <source>Records are missing from the search index</source>
        <translation>Records are missing from the search index</translation>
    </message>
    <message>
        <source>Page texts are out of step with the search index</source>
        <translation>Page texts are out of step with the search index</translation>
    </message>
    <message>
        <source>The full-text index is damaged</source>
        <translation>The full-text index is damaged</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>An intact copy of image %1 is in %2</source>
        <translation>An intact copy of image %1 is in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) checked.</source>
        <translation>
            <numerusform>%n image checked.</numerusform>
            <numerusform>%n images checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue is healthy.</source>
        <translation>The catalogue is healthy.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s database is damaged; nothing will be written to it. The newest automatic backup that passes the same checks is %1. It can be restored into a new folder; the damaged catalogue is left as it is.</source>
        <translation>The catalogue&apos;s database is damaged; nothing will be written to it. The newest automatic backup that passes the same checks is %1. It can be restored into a new folder; the damaged catalogue is left as it is.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s database is damaged, and no automatic backup passes the checks. Restore a backup of your own (File ▸ Restore a backup…).</source>
        <translation>The catalogue&apos;s database is damaged, and no automatic backup passes the checks. Restore a backup of your own (File ▸ Restore a backup…).</translation>
    </message>
    <message>
        <source>The search index is out of step: run `spravka reindex` to rebuild it.</source>
        <translation>The search index is out of step: run `spravka reindex` to rebuild it.</translation>
    </message>
    <message>
        <source>The catalogue has damaged or missing images.</source>
        <translation>The catalogue has damaged or missing images.</translation>
    </message>
    <message>
        <source>The backup was restored into %1.</source>
        <translation>The backup was restored into %1.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document details</source>
        <translation>Document details</translation>
    </message>
    <message>
        <source>e.g. Бюро ЗАГС Кировского района г. Иркутска</source>
        <translation>e.g. Бюро ЗАГС Кировского района г. Иркутска</translation>
    </message>
    <message>
        <source>e.g. 12.11.1957</source>
        <translation>e.g. 12.11.1957</translation>
    </message>
    <message>
        <source>For civil registry certificates: the date of the act record, which a repeat certificate copies from the original</source>
        <translation>For civil registry certificates: the date of the act record, which a repeat certificate copies from the original</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <source>fond</source>
        <translation>fond</translation>
    </message>
    <message>
        <source>opis</source>
        <translation>opis</translation>
    </message>
    <message>
        <source>delo</source>
        <translation>delo</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>sheets</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Issued by:</translation>
    </message>
    <message>
        <source>Date of &amp;issue:</source>
        <translation>Date of &amp;issue:</translation>
    </message>
    <message>
        <source>&amp;Act record of:</source>
        <translation>&amp;Act record of:</translation>
    </message>
    <message>
        <source>Archive reference:</source>
        <translation>Archive reference:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Write the date as 12.11.1957, 11.1957 or 1957.</source>
        <translation>Write the date as 12.11.1957, 11.1957 or 1957.</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>Claim %1 says the same as claim %2, already recorded: nothing added.</source>
        <translation>Claim %1 says the same as claim %2, already recorded: nothing added.</translation>
    </message>
    <message>
        <source>Link document %1 to a person</source>
        <translation>Link document %1 to a person</translation>
    </message>
    <message>
        <source>New person from document %1</source>
        <translation>New person from document %1</translation>
    </message>
    <message>
        <source>Link a person to document %1</source>
        <translation>Link a person to document %1</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>This document is linked to no one.</source>
        <translation>This document is linked to no one.</translation>
    </message>
    <message>
        <source>Person to unlink:</source>
        <translation>Person to unlink:</translation>
    </message>
    <message>
        <source>Unlink a person from document %1</source>
        <translation>Unlink a person from document %1</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tag (a box, a family, a batch):</source>
        <translation>Tag (a box, a family, a batch):</translation>
    </message>
    <message>
        <source>Tag document %1 «%2»</source>
        <translation>Tag document %1 «%2»</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <source>Tag to take off:</source>
        <translation>Tag to take off:</translation>
    </message>
    <message>
        <source>Remove tag «%2» from document %1</source>
        <translation>Remove tag «%2» from document %1</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Archive reference</source>
        <translation>Archive reference</translation>
    </message>
    <message>
        <source>The first page; click to sort by when the document was added</source>
        <translation>The first page; click to sort by when the document was added</translation>
    </message>
    <message>
        <source>Kind of document; click to sort</source>
        <translation>Kind of document; click to sort</translation>
    </message>
    <message>
        <source>Title; click to sort</source>
        <translation>Title; click to sort</translation>
    </message>
    <message>
        <source>Persons the document concerns</source>
        <translation>Persons the document concerns</translation>
    </message>
    <message>
        <source>Date of issue; click to sort</source>
        <translation>Date of issue; click to sort</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Number of pages</translation>
    </message>
    <message>
        <source>Whether the pages&apos; text has been read and corrected</source>
        <translation>Whether the pages&apos; text has been read and corrected</translation>
    </message>
    <message>
        <source>Who issued the document</source>
        <translation>Who issued the document</translation>
    </message>
    <message>
        <source>Archive, fond, opis, delo and sheets</source>
        <translation>Archive, fond, opis, delo and sheets</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>linked to no one</source>
        <translation>linked to no one</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Words to find in the documents</source>
        <translation>Words to find in the documents</translation>
    </message>
    <message>
        <source>Find words in titles, issuers and texts…</source>
        <translation>Find words in titles, issuers and texts…</translation>
    </message>
    <message>
        <source>&amp;Inbox: linked to no one</source>
        <translation>&amp;Inbox: linked to no one</translation>
    </message>
    <message>
        <source>Show only documents linked to no one</source>
        <translation>Show only documents linked to no one</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <source>State of the text</source>
        <translation>State of the text</translation>
    </message>
    <message>
        <source>Any text state</source>
        <translation>Any text state</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;Link person…</source>
        <translation>&amp;Link person…</translation>
    </message>
    <message>
        <source>Ta&amp;g…</source>
        <translation>Ta&amp;g…</translation>
    </message>
    <message>
        <source>Remo&amp;ve tag…</source>
        <translation>Remo&amp;ve tag…</translation>
    </message>
    <message>
        <source>Take a tag off the selected document</source>
        <translation>Take a tag off the selected document</translation>
    </message>
    <message>
        <source>Find its pe&amp;rson</source>
        <translation>Find its pe&amp;rson</translation>
    </message>
    <message>
        <source>Link a person to the selected document</source>
        <translation>Link a person to the selected document</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>&amp;Unlink…</translation>
    </message>
    <message>
        <source>Remove a person&apos;s link to the selected document</source>
        <translation>Remove a person&apos;s link to the selected document</translation>
    </message>
    <message>
        <source>Put a tag on the selected document</source>
        <translation>Put a tag on the selected document</translation>
    </message>
    <message>
        <source>Find the person the selected document&apos;s text names</source>
        <translation>Find the person the selected document&apos;s text names</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the inbox</source>
        <translation>
            <numerusform>%n in the inbox</numerusform>
            <numerusform>%n in the inbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
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
        <source>Suggested from the text (%1)</source>
        <translation>Suggested from the text (%1)</translation>
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
    <name>DuplicatesDialog</name>
    <message>
        <source>Persons recorded twice</source>
        <translation>Persons recorded twice</translation>
    </message>
    <message>
        <source>Looking for persons recorded twice…</source>
        <translation>Looking for persons recorded twice…</translation>
    </message>
    <message>
        <source>Pairs that may be one person</source>
        <translation>Pairs that may be one person</translation>
    </message>
    <message>
        <source>Keep the left record, merge the right into it</source>
        <translation>Keep the left record, merge the right into it</translation>
    </message>
    <message>
        <source>Keep the right record, merge the left into it</source>
        <translation>Keep the right record, merge the left into it</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be one person, most alike first.</source>
        <translation>
            <numerusform>%n pair that may be one person, most alike first.</numerusform>
            <numerusform>%n pairs that may be one person, most alike first.</numerusform>
        </translation>
    </message>
    <message>
        <source>No persons seem to be recorded twice.</source>
        <translation>No persons seem to be recorded twice.</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>The records differ (both are kept): %1</source>
        <translation>The records differ (both are kept): %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>Also written as: %1</source>
        <translation>Also written as: %1</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editing</name>
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
        <source>&amp;Paste a record…</source>
        <translation>&amp;Paste a record…</translation>
    </message>
    <message>
        <source>Read a Memorial or Book-of-Memory record into a person and claims</source>
        <translation>Read a Memorial or Book-of-Memory record into a person and claims</translation>
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
        <source>Add the record of %1</source>
        <translation>Add the record of %1</translation>
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
    <message numerus="yes">
        <source>Accept %n suggested claim(s)</source>
        <translation>
            <numerusform>Accept %n suggested claim</numerusform>
            <numerusform>Accept %n suggested claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n suggested claim(s)</source>
        <translation>
            <numerusform>Reject %n suggested claim</numerusform>
            <numerusform>Reject %n suggested claims</numerusform>
        </translation>
    </message>
    <message>
        <source>Propose claims</source>
        <translation>Propose claims</translation>
    </message>
    <message>
        <source>Nothing new to propose from this page.</source>
        <translation>Nothing new to propose from this page.</translation>
    </message>
    <message numerus="yes">
        <source>Propose %n claim(s) from the page</source>
        <translation>
            <numerusform>Propose %n claim from the page</numerusform>
            <numerusform>Propose %n claims from the page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) proposed: accept or reject them in the dossier.</source>
        <translation>
            <numerusform>%n claim proposed: accept or reject it in the dossier.</numerusform>
            <numerusform>%n claims proposed: accept or reject them in the dossier.</numerusform>
        </translation>
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
        <source>Straighten page</source>
        <translation>Straighten page</translation>
    </message>
    <message>
        <source>Adjust page image</source>
        <translation>Adjust page image</translation>
    </message>
</context>
<context>
    <name>ExportPrivacyDialog</name>
    <message>
        <source>Living people</source>
        <translation>Living people</translation>
    </message>
    <message>
        <source>A person born less than 100 years ago with no death, execution or burial in the catalogue is presumed living (or marked so by hand).</source>
        <translation>A person born less than 100 years ago with no death, execution or burial in the catalogue is presumed living (or marked so by hand).</translation>
    </message>
    <message>
        <source>&amp;Names only: no dates, places, notes or documents</source>
        <translation>&amp;Names only: no dates, places, notes or documents</translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation>&amp;Leave them out</translation>
    </message>
    <message>
        <source>&amp;Everything, as in the catalogue</source>
        <translation>&amp;Everything, as in the catalogue</translation>
    </message>
    <message>
        <source>Include &amp;private notes, claims and documents</source>
        <translation>Include &amp;private notes, claims and documents</translation>
    </message>
</context>
<context>
    <name>FamilyActions</name>
    <message>
        <source>Add &amp;relative…</source>
        <translation>Add &amp;relative…</translation>
    </message>
    <message>
        <source>Add a parent, spouse, child or sibling of this person</source>
        <translation>Add a parent, spouse, child or sibling of this person</translation>
    </message>
    <message>
        <source>Find persons recorded &amp;twice…</source>
        <translation>Find persons recorded &amp;twice…</translation>
    </message>
    <message>
        <source>Pairs of records that may be one person, with a merge</source>
        <translation>Pairs of records that may be one person, with a merge</translation>
    </message>
    <message>
        <source>Add a relative of %1</source>
        <translation>Add a relative of %1</translation>
    </message>
    <message>
        <source>Remove a relationship</source>
        <translation>Remove a relationship</translation>
    </message>
    <message>
        <source>Accept a relative</source>
        <translation>Accept a relative</translation>
    </message>
    <message>
        <source>Dismiss a relative</source>
        <translation>Dismiss a relative</translation>
    </message>
    <message>
        <source>Merge two records of one person</source>
        <translation>Merge two records of one person</translation>
    </message>
</context>
<context>
    <name>FamilyPanel</name>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Add relative…</source>
        <translation>Add relative…</translation>
    </message>
    <message>
        <source>Add a parent, spouse, child or sibling</source>
        <translation>Add a parent, spouse, child or sibling</translation>
    </message>
    <message>
        <source>Family member of a traitor to the Motherland (ЧСИР)</source>
        <translation>Family member of a traitor to the Motherland (ЧСИР)</translation>
    </message>
    <message>
        <source>No relatives recorded.</source>
        <translation>No relatives recorded.</translation>
    </message>
    <message>
        <source>Open %1&apos;s dossier</source>
        <translation>Open %1&apos;s dossier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>married %1</source>
        <translation>married %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>ЧСИР</source>
        <translation>ЧСИР</translation>
    </message>
    <message>
        <source>through a shared parent</source>
        <translation>through a shared parent</translation>
    </message>
    <message>
        <source>The words of the source</source>
        <translation>The words of the source</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>This relative is right</source>
        <translation>This relative is right</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Not a relative</source>
        <translation>Not a relative</translation>
    </message>
    <message>
        <source>Remove this relationship</source>
        <translation>Remove this relationship</translation>
    </message>
    <message>
        <source>Remove the relationship with %1</source>
        <translation>Remove the relationship with %1</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>Files to import</source>
        <translation>Files to import</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Family tree (&amp;GEDCOM)…</source>
        <translation>Family tree (&amp;GEDCOM)…</translation>
    </message>
    <message>
        <source>For genealogy programs: persons, events and their sources</source>
        <translation>For genealogy programs: persons, events and their sources</translation>
    </message>
    <message>
        <source>&amp;Tables (CSV)…</source>
        <translation>&amp;Tables (CSV)…</translation>
    </message>
    <message>
        <source>persons.csv, claims.csv and documents.csv, for a spreadsheet</source>
        <translation>persons.csv, claims.csv and documents.csv, for a spreadsheet</translation>
    </message>
    <message>
        <source>Whole catalogue (&amp;JSON)…</source>
        <translation>Whole catalogue (&amp;JSON)…</translation>
    </message>
    <message>
        <source>The interchange format: everything, for another program or a later load</source>
        <translation>The interchange format: everything, for another program or a later load</translation>
    </message>
    <message>
        <source>&amp;Dossier of this person (PDF)…</source>
        <translation>&amp;Dossier of this person (PDF)…</translation>
    </message>
    <message>
        <source>A printable dossier: the timeline, the conflicts, the flags and the pages</source>
        <translation>A printable dossier: the timeline, the conflicts, the flags and the pages</translation>
    </message>
    <message>
        <source>Document as searchable &amp;PDF…</source>
        <translation>Document as searchable &amp;PDF…</translation>
    </message>
    <message>
        <source>The page images with their text, searchable in any PDF reader</source>
        <translation>The page images with their text, searchable in any PDF reader</translation>
    </message>
    <message>
        <source>Document text as &amp;ALTO XML…</source>
        <translation>Document text as &amp;ALTO XML…</translation>
    </message>
    <message>
        <source>Document text as &amp;hOCR…</source>
        <translation>Document text as &amp;hOCR…</translation>
    </message>
    <message>
        <source>Document text as plain te&amp;xt…</source>
        <translation>Document text as plain te&amp;xt…</translation>
    </message>
    <message>
        <source>&amp;Export an exchange package…</source>
        <translation>&amp;Export an exchange package…</translation>
    </message>
    <message>
        <source>A single file with persons, documents and images for another catalogue</source>
        <translation>A single file with persons, documents and images for another catalogue</translation>
    </message>
    <message>
        <source>&amp;Import an exchange package…</source>
        <translation>&amp;Import an exchange package…</translation>
    </message>
    <message>
        <source>Merge a package from another catalogue; nothing here is overwritten</source>
        <translation>Merge a package from another catalogue; nothing here is overwritten</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>A complete, verified copy of the catalogue in a folder you choose</source>
        <translation>A complete, verified copy of the catalogue in a folder you choose</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder and open it</source>
        <translation>Restore a backup into a new folder and open it</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Exchange &amp;package</source>
        <translation>Exchange &amp;package</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
    <message>
        <source>Export a family tree</source>
        <translation>Export a family tree</translation>
    </message>
    <message>
        <source>GEDCOM (*.ged)</source>
        <translation>GEDCOM (*.ged)</translation>
    </message>
    <message>
        <source>Exporting GEDCOM</source>
        <translation>Exporting GEDCOM</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder for the tables</source>
        <translation>Choose a folder for the tables</translation>
    </message>
    <message>
        <source>Exporting tables</source>
        <translation>Exporting tables</translation>
    </message>
    <message>
        <source>Restore an &amp;encrypted backup…</source>
        <translation>Restore an &amp;encrypted backup…</translation>
    </message>
    <message>
        <source>Restore an encrypted backup file into a new folder and open it</source>
        <translation>Restore an encrypted backup file into a new folder and open it</translation>
    </message>
    <message>
        <source>Export the whole catalogue</source>
        <translation>Export the whole catalogue</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting the catalogue</source>
        <translation>Exporting the catalogue</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier language</source>
        <translation>Dossier language</translation>
    </message>
    <message>
        <source>Language of the dossier:</source>
        <translation>Language of the dossier:</translation>
    </message>
    <message>
        <source>Save the dossier</source>
        <translation>Save the dossier</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the dossier</source>
        <translation>Making the dossier</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Save the document as PDF</translation>
    </message>
    <message>
        <source>Making the PDF</source>
        <translation>Making the PDF</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) searchable</source>
        <translation>
            <numerusform>%n word searchable</numerusform>
            <numerusform>%n words searchable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder for the ALTO files</source>
        <translation>Choose a folder for the ALTO files</translation>
    </message>
    <message>
        <source>Choose a folder for the hOCR files</source>
        <translation>Choose a folder for the hOCR files</translation>
    </message>
    <message>
        <source>Save the document&apos;s text</source>
        <translation>Save the document&apos;s text</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Exporting the text</source>
        <translation>Exporting the text</translation>
    </message>
    <message>
        <source>Export an exchange package</source>
        <translation>Export an exchange package</translation>
    </message>
    <message>
        <source>What should the package hold?</source>
        <translation>What should the package hold?</translation>
    </message>
    <message>
        <source>The whole catalogue</source>
        <translation>The whole catalogue</translation>
    </message>
    <message>
        <source>Only %1 and their documents</source>
        <translation>Only %1 and their documents</translation>
    </message>
    <message>
        <source>Save the exchange package</source>
        <translation>Save the exchange package</translation>
    </message>
    <message>
        <source>Spravka package (*.zip)</source>
        <translation>Spravka package (*.zip)</translation>
    </message>
    <message>
        <source>Save the encrypted exchange package</source>
        <translation>Save the encrypted exchange package</translation>
    </message>
    <message>
        <source>Encrypted Spravka package (*.age)</source>
        <translation>Encrypted Spravka package (*.age)</translation>
    </message>
    <message>
        <source>Making the exchange package</source>
        <translation>Making the exchange package</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an exchange package</source>
        <translation>Import an exchange package</translation>
    </message>
    <message>
        <source>Spravka package (*.zip *.age)</source>
        <translation>Spravka package (*.zip *.age)</translation>
    </message>
    <message>
        <source>Importing the exchange package</source>
        <translation>Importing the exchange package</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n record added</numerusform>
            <numerusform>%n records added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the catalogue</source>
        <translation>
            <numerusform>%n already in the catalogue</numerusform>
            <numerusform>%n already in the catalogue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the catalogue&apos;s version was kept (listed below)</source>
        <translation>
            <numerusform>%n conflict: the catalogue&apos;s version was kept (see below)</numerusform>
            <numerusform>%n conflicts: the catalogue&apos;s version was kept (listed below)</numerusform>
        </translation>
    </message>
    <message>
        <source>This report is kept in %1</source>
        <translation>This report is kept in %1</translation>
    </message>
    <message>
        <source>Choose where to put the backup</source>
        <translation>Choose where to put the backup</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Backing up</translation>
    </message>
    <message numerus="yes">
        <source>Backed up and verified: %1 (%n image(s))</source>
        <translation>
            <numerusform>Backed up and verified: %1 (%n image)</numerusform>
            <numerusform>Backed up and verified: %1 (%n images)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were missing or damaged in the catalogue and are not in the backup.</source>
        <translation>
            <numerusform>%n image was missing or damaged in the catalogue and is not in the backup.</numerusform>
            <numerusform>%n images were missing or damaged in the catalogue and are not in the backup.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup folder to restore</source>
        <translation>Choose the backup folder to restore</translation>
    </message>
    <message>
        <source>Choose an empty folder for the restored catalogue</source>
        <translation>Choose an empty folder for the restored catalogue</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restoring the backup</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Restored into %1.</translation>
    </message>
    <message>
        <source>Choose the encrypted backup to restore</source>
        <translation>Choose the encrypted backup to restore</translation>
    </message>
    <message>
        <source>Encrypted Spravka backup (*.age)</source>
        <translation>Encrypted Spravka backup (*.age)</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>The backup was restored into %1. Open it now?</source>
        <translation>The backup was restored into %1. Open it now?</translation>
    </message>
</context>
<context>
    <name>FlagCard</name>
    <message>
        <source>Flag: %1</source>
        <translation>Flag: %1</translation>
    </message>
    <message>
        <source>Likelihood %1 % · %2</source>
        <translation>Likelihood %1 % · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more reason(s)…</source>
        <translation>
            <numerusform>%n more reason…</numerusform>
            <numerusform>%n more reasons…</numerusform>
        </translation>
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
</context>
<context>
    <name>GedcomImport</name>
    <message>
        <source>Import a family &amp;tree (GEDCOM)…</source>
        <translation>Import a family &amp;tree (GEDCOM)…</translation>
    </message>
    <message>
        <source>Persons, families, events and sources from Gramps or a genealogy site</source>
        <translation>Persons, families, events and sources from Gramps or a genealogy site</translation>
    </message>
    <message>
        <source>Import a family tree</source>
        <translation>Import a family tree</translation>
    </message>
    <message>
        <source>GEDCOM family tree (*.ged *.GED *.gedcom)</source>
        <translation>GEDCOM family tree (*.ged *.GED *.gedcom)</translation>
    </message>
    <message>
        <source>Importing a family tree</source>
        <translation>Importing a family tree</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added</source>
        <translation>
            <numerusform>%n person added</numerusform>
            <numerusform>%n persons added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s) added</source>
        <translation>
            <numerusform>%n relationship added</numerusform>
            <numerusform>%n relationships added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) added</source>
        <translation>
            <numerusform>%n event added</numerusform>
            <numerusform>%n events added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) added</source>
        <translation>
            <numerusform>%n source added</numerusform>
            <numerusform>%n sources added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) already in the catalogue</source>
        <translation>
            <numerusform>%n record already in the catalogue</numerusform>
            <numerusform>%n records already in the catalogue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), listed below</source>
        <translation>
            <numerusform>%n problem, listed below</numerusform>
            <numerusform>%n problems, listed below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not brought in</source>
        <translation>
            <numerusform>%n line not brought in</numerusform>
            <numerusform>%n lines not brought in</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1 (the file says %2)</source>
        <translation>Encoding: %1 (the file says %2)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Not brought in: %1 (%2 line(s), the first at line %3)</source>
        <translation>Not brought in: %1 (%2 line(s), the first at line %3)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Versions of the text</source>
        <translation>Versions of the text</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>Text of the chosen version</translation>
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
    <name>ImageTools</name>
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
        <source>Straighten page</source>
        <translation>Straighten page</translation>
    </message>
    <message>
        <source>Measure how the lines of text slope and turn the page to level them</source>
        <translation>Measure how the lines of text slope and turn the page to level them</translation>
    </message>
    <message>
        <source>Adjust image…</source>
        <translation>Adjust image…</translation>
    </message>
    <message>
        <source>Straighten, lift coloured stamps, contrast, black and white</source>
        <translation>Straighten, lift coloured stamps, contrast, black and white</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Adjust</translation>
    </message>
    <message>
        <source>Word boxes</source>
        <translation>Word boxes</translation>
    </message>
    <message>
        <source>Outline the recognised words on the page</source>
        <translation>Outline the recognised words on the page</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import scans</source>
        <translation>Import scans</translation>
    </message>
    <message>
        <source>Ways to import</source>
        <translation>Ways to import</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <source>Link the new documents to this person</source>
        <translation>Link the new documents to this person</translation>
    </message>
    <message>
        <source>Not linked to a person yet</source>
        <translation>Not linked to a person yet</translation>
    </message>
    <message>
        <source>Straighten skewed pages</source>
        <translation>Straighten skewed pages</translation>
    </message>
    <message>
        <source>Measure each page&apos;s slope and store it as a correction (the scan is kept)</source>
        <translation>Measure each page&apos;s slope and store it as a correction (the scan is kept)</translation>
    </message>
    <message>
        <source>Kind of document:</source>
        <translation>Kind of document:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Choose files or a folder, or scan a page.</source>
        <translation>Choose files or a folder, or scan a page.</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Not imported:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Open the document</translation>
    </message>
    <message>
        <source>Recognise their text</source>
        <translation>Recognise their text</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Images (JPEG, PNG, TIFF and others) and PDFs; each file becomes a document, each page of it a page. You can also drop files here.</source>
        <translation>Images (JPEG, PNG, TIFF and others) and PDFs; each file becomes a document, each page of it a page. You can also drop files here.</translation>
    </message>
    <message>
        <source>A folder of scans</source>
        <translation>A folder of scans</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>One document per folder</source>
        <translation>One document per folder</translation>
    </message>
    <message>
        <source>The pages in one folder form one document, in the order of their names</source>
        <translation>The pages in one folder form one document, in the order of their names</translation>
    </message>
    <message>
        <source>Every image and PDF in the folder and in the folders inside it is imported; other files are listed as not imported.</source>
        <translation>Every image and PDF in the folder and in the folders inside it is imported; other files are listed as not imported.</translation>
    </message>
    <message>
        <source>Choose scans to import</source>
        <translation>Choose scans to import</translation>
    </message>
    <message>
        <source>Images and PDFs (%1);;All files (*)</source>
        <translation>Images and PDFs (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a folder of scans</source>
        <translation>Choose a folder of scans</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>Choose a folder first.</translation>
    </message>
    <message>
        <source>Add the files to import first.</source>
        <translation>Add the files to import first.</translation>
    </message>
    <message>
        <source>Preparing the files…</source>
        <translation>Preparing the files…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <source>Cancelling… the files being read are finished first; nothing is lost.</source>
        <translation>Cancelling… the files being read are finished first; nothing is lost.</translation>
    </message>
    <message>
        <source>Scanning… %1 %</source>
        <translation>Scanning… %1 %</translation>
    </message>
    <message>
        <source>Imported %1 of %2: %3</source>
        <translation>Imported %1 of %2: %3</translation>
    </message>
    <message>
        <source>already in the catalogue (document %1, page %2); not stored again</source>
        <translation>already in the catalogue (document %1, page %2); not stored again</translation>
    </message>
    <message>
        <source>carries a location (GPS) in its metadata; exports and packages leave it out, the catalogue keeps the file as it is</source>
        <translation>carries a location (GPS) in its metadata; exports and packages leave it out, the catalogue keeps the file as it is</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>already in the catalogue</source>
        <translation>already in the catalogue</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>not imported</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) imported</source>
        <translation>
            <numerusform>%n page imported</numerusform>
            <numerusform>%n pages imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> into %n new document(s)</source>
        <translation>
            <numerusform> into %n new document</numerusform>
            <numerusform> into %n new documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) were already in the catalogue.</source>
        <translation>
            <numerusform>%n page was already in the catalogue.</numerusform>
            <numerusform>%n pages were already in the catalogue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported (see below).</source>
        <translation>
            <numerusform>%n file could not be imported (see below).</numerusform>
            <numerusform>%n files could not be imported (see below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) carried a location; exports and packages leave it out.</source>
        <translation>
            <numerusform>%n image carried a location; exports and packages leave it out.</numerusform>
            <numerusform>%n images carried a location; exports and packages leave it out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: what was imported before is kept.</source>
        <translation>Cancelled: what was imported before is kept.</translation>
    </message>
    <message>
        <source>Cancelled before anything was imported.</source>
        <translation>Cancelled before anything was imported.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Document from %1</source>
        <translation>Document from %1</translation>
    </message>
    <message>
        <source>Document no. %1</source>
        <translation>Document no. %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spravka — %1</source>
        <translation>Spravka — %1</translation>
    </message>
    <message>
        <source>People and documents</source>
        <translation>People and documents</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message numerus="yes">
        <source>Documents (%n in the inbox)</source>
        <translation>
            <numerusform>Documents (%n in the inbox)</numerusform>
            <numerusform>Documents (%n in the inbox)</numerusform>
        </translation>
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
        <source>Find in &amp;texts</source>
        <translation>Find in &amp;texts</translation>
    </message>
    <message>
        <source>Search the text of pages, claims and notes</source>
        <translation>Search the text of pages, claims and notes</translation>
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
        <source>Check the catalogue&apos;s &amp;integrity…</source>
        <translation>Check the catalogue&apos;s &amp;integrity…</translation>
    </message>
    <message>
        <source>Check the database, every image and the search index; find the way back</source>
        <translation>Check the database, every image and the search index; find the way back</translation>
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
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
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
        <source>Text &amp;size</source>
        <translation>Text &amp;size</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>&amp;Larger</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>&amp;Smaller</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>Open another catalogue…</source>
        <translation>Open another catalogue…</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Catalogue: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 You can read, search and export; nothing can be changed here.</source>
        <translation>&lt;b&gt;Read-only.&lt;/b&gt; %1 You can read, search and export; nothing can be changed here.</translation>
    </message>
    <message>
        <source>Spravka — %1 (read-only)</source>
        <translation>Spravka — %1 (read-only)</translation>
    </message>
    <message>
        <source>Add scans or PDFs of certificates.</source>
        <translation>Add scans or PDFs of certificates.</translation>
    </message>
    <message>
        <source>Scan a page with a scanner.</source>
        <translation>Scan a page with a scanner.</translation>
    </message>
    <message>
        <source>Write down a person and what you know of them.</source>
        <translation>Write down a person and what you know of them.</translation>
    </message>
    <message>
        <source>Paste a record from a memorial database or a book.</source>
        <translation>Paste a record from a memorial database or a book.</translation>
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
        <source>Scanning needs SANE, which is not installed here. On Debian or Ubuntu install the package sane-utils (sudo apt install sane-utils); on macOS, sane-backends from Homebrew. Where SANE is not available, scan with the scanner&apos;s own program into a folder and import that folder.</source>
        <translation>Scanning needs SANE, which is not installed here. On Debian or Ubuntu install the package sane-utils (sudo apt install sane-utils); on macOS, sane-backends from Homebrew. Where SANE is not available, scan with the scanner&apos;s own program into a folder and import that folder.</translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is connected and switched on, then look for scanners again.</source>
        <translation>No scanner was found. Check that it is connected and switched on, then look for scanners again.</translation>
    </message>
    <message>
        <source>The scanner %1 reported a problem: %2</source>
        <translation>The scanner %1 reported a problem: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>The backup %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>The package %1 was refused; nothing was changed: %2</source>
        <translation>The package %1 was refused; nothing was changed: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>The font file %1 is missing from %2, so the PDF cannot be made. Reinstall Spravka.</source>
        <translation>The font file %1 is missing from %2, so the PDF cannot be made. Reinstall Spravka.</translation>
    </message>
    <message>
        <source>%1: the passphrase is empty.</source>
        <translation>%1: the passphrase is empty.</translation>
    </message>
    <message>
        <source>%1: the passphrase is wrong (or the file was altered).</source>
        <translation>%1: the passphrase is wrong (or the file was altered).</translation>
    </message>
    <message>
        <source>%1 is truncated or was altered after it was encrypted.</source>
        <translation>%1 is truncated or was altered after it was encrypted.</translation>
    </message>
    <message>
        <source>%1 is not encrypted, but an encrypted file was expected.</source>
        <translation>%1 is not encrypted, but an encrypted file was expected.</translation>
    </message>
    <message>
        <source>%1 is encrypted: its passphrase is needed.</source>
        <translation>%1 is encrypted: its passphrase is needed.</translation>
    </message>
    <message>
        <source>%1 is an armoured (text) age file; decrypt it with the age tool first.</source>
        <translation>%1 is an armoured (text) age file; decrypt it with the age tool first.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Spravka file.</source>
        <translation>%1 is not an encrypted Spravka file.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Text recognition needs the Tesseract program, which is not installed. On Debian or Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-rus tesseract-ocr-ukr. Everything else in Spravka works without it.</source>
        <translation>Text recognition needs the Tesseract program, which is not installed. On Debian or Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-rus tesseract-ocr-ukr. Everything else in Spravka works without it.</translation>
    </message>
    <message>
        <source>The installed Tesseract is too old for Spravka (4.1 or newer is needed). Install a newer tesseract-ocr package. Everything else in Spravka works without it.</source>
        <translation>The installed Tesseract is too old for Spravka (4.1 or newer is needed). Install a newer tesseract-ocr package. Everything else in Spravka works without it.</translation>
    </message>
    <message>
        <source>Tesseract has no data for the chosen language. Install the package(s) %1 (on Debian or Ubuntu: sudo apt install %1), or choose another language.</source>
        <translation>Tesseract has no data for the chosen language. Install the package(s) %1 (on Debian or Ubuntu: sudo apt install %1), or choose another language.</translation>
    </message>
    <message>
        <source>Tesseract cannot be run here. Reinstall the package tesseract-ocr. Everything else in Spravka works without it.</source>
        <translation>Tesseract cannot be run here. Reinstall the package tesseract-ocr. Everything else in Spravka works without it.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
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
        <source>The database of the catalogue %1 is damaged; nothing was written to it. Help ▸ Check the catalogue&apos;s integrity (or `spravka doctor`) shows the damage.</source>
        <translation>The database of the catalogue %1 is damaged; nothing was written to it. Help ▸ Check the catalogue&apos;s integrity (or `spravka doctor`) shows the damage.</translation>
    </message>
    <message>
        <source>The newest automatic backup that passes the check is %1; `spravka doctor --restore` restores it into a new folder.</source>
        <translation>The newest automatic backup that passes the check is %1; `spravka doctor --restore` restores it into a new folder.</translation>
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
    <name>NewPassphraseDialog</name>
    <message>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;Encrypt with a passphrase</translation>
    </message>
    <message>
        <source>Whoever gets an unencrypted file can read every name, note and page in it. Encrypted, it opens only with the passphrase (in Spravka, or with the age tool).</source>
        <translation>Whoever gets an unencrypted file can read every name, note and page in it. Encrypted, it opens only with the passphrase (in Spravka, or with the age tool).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Tell the passphrase to the receiver another way than the file travels (by phone, in person). A forgotten passphrase cannot be recovered.</source>
        <translation>Tell the passphrase to the receiver another way than the file travels (by phone, in person). A forgotten passphrase cannot be recovered.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>Type a passphrase: several words only you would put together.</source>
        <translation>Type a passphrase: several words only you would put together.</translation>
    </message>
    <message>
        <source>Too short: at least 8 characters; five or six words are better.</source>
        <translation>Too short: at least 8 characters; five or six words are better.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words.</source>
        <translation>Weak: easy to guess. Add more words.</translation>
    </message>
    <message>
        <source>Fair. A few more words make it strong.</source>
        <translation>Fair. A few more words make it strong.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>OcrPanel</name>
    <message>
        <source>Text recognition (OCR)</source>
        <translation>Text recognition (OCR)</translation>
    </message>
    <message>
        <source>Russian (with English words)</source>
        <translation>Russian (with English words)</translation>
    </message>
    <message>
        <source>Ukrainian and Russian (with English words)</source>
        <translation>Ukrainian and Russian (with English words)</translation>
    </message>
    <message>
        <source>Ukrainian (with English words)</source>
        <translation>Ukrainian (with English words)</translation>
    </message>
    <message>
        <source>Recognise the waiting pages</source>
        <translation>Recognise the waiting pages</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Read again…</source>
        <translation>Read again…</translation>
    </message>
    <message>
        <source>Read this document&apos;s pages once more; the earlier texts are kept as versions</source>
        <translation>Read this document&apos;s pages once more; the earlier texts are kept as versions</translation>
    </message>
    <message>
        <source>Language of the pages:</source>
        <translation>Language of the pages:</translation>
    </message>
    <message>
        <source>%1 · language data: %2</source>
        <translation>%1 · language data: %2</translation>
    </message>
    <message>
        <source>Looking for Tesseract…</source>
        <translation>Looking for Tesseract…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) waiting for recognition</source>
        <translation>
            <numerusform>%n page waiting for recognition</numerusform>
            <numerusform>%n pages waiting for recognition</numerusform>
        </translation>
    </message>
    <message>
        <source>Text recognition is not available</source>
        <translation>Text recognition is not available</translation>
    </message>
    <message>
        <source>Text recognition</source>
        <translation>Text recognition</translation>
    </message>
    <message>
        <source>Starting text recognition…</source>
        <translation>Starting text recognition…</translation>
    </message>
    <message>
        <source>Cancelling… the pages being read are finished first.</source>
        <translation>Cancelling… the pages being read are finished first.</translation>
    </message>
    <message>
        <source>%1 of %2 pages read</source>
        <translation>%1 of %2 pages read</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read</source>
        <translation>
            <numerusform>%n page read</numerusform>
            <numerusform>%n pages read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read (listed below)</source>
        <translation>
            <numerusform>%n page could not be read (see below)</numerusform>
            <numerusform>%n pages could not be read (listed below)</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled; the pages read so far are kept</source>
        <translation>cancelled; the pages read so far are kept</translation>
    </message>
    <message>
        <source>No page was waiting for recognition.</source>
        <translation>No page was waiting for recognition.</translation>
    </message>
    <message>
        <source>The pages of this document have been read already. To read them once more (in another language, say), choose Read again.</source>
        <translation>The pages of this document have been read already. To read them once more (in another language, say), choose Read again.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>OpenPassphraseDialog</name>
    <message>
        <source>Encrypted file</source>
        <translation>Encrypted file</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase:</source>
        <translation>%1 is encrypted. Type its passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Page image</source>
        <translation>Page image</translation>
    </message>
    <message>
        <source>The scanned page; click a word to find it in the text</source>
        <translation>The scanned page; click a word to find it in the text</translation>
    </message>
    <message>
        <source>Recognised with low confidence (%1 %)</source>
        <translation>Recognised with low confidence (%1 %)</translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>&amp;Next pane</source>
        <translation>&amp;Next pane</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>&amp;Previous pane</translation>
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
        <source>Earliest arrest date stated in the documents; click to sort</source>
        <translation>Earliest arrest date stated in the documents; click to sort</translation>
    </message>
    <message>
        <source>Flags: suspicions raised by the checks or by you</source>
        <translation>Flags: suspicions raised by the checks or by you</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(cannot be read)</translation>
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
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>arrested %1</source>
        <translation>arrested %1</translation>
    </message>
    <message>
        <source>no flags</source>
        <translation>no flags</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Search names and texts…</source>
        <translation>Search names and texts…</translation>
    </message>
    <message>
        <source>A name in any spelling — Cyrillic or Latin letters, with initials, with a typo, or only its beginning — or words to find in the texts</source>
        <translation>A name in any spelling — Cyrillic or Latin letters, with initials, with a typo, or only its beginning — or words to find in the texts</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>People and texts found</source>
        <translation>People and texts found</translation>
    </message>
    <message>
        <source>In texts</source>
        <translation>In texts</translation>
    </message>
    <message>
        <source>Pages, claims and notes that contain the words</source>
        <translation>Pages, claims and notes that contain the words</translation>
    </message>
    <message>
        <source>In texts (%1)</source>
        <translation>In texts (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>People (%1)</translation>
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
    <name>PersonPicker</name>
    <message>
        <source>Name to search for</source>
        <translation>Name to search for</translation>
    </message>
    <message>
        <source>A name in any spelling, e.g. Корнилов Ф. И.</source>
        <translation>A name in any spelling, e.g. Корнилов Ф. И.</translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation>Persons found</translation>
    </message>
    <message>
        <source>Role of the person in the document</source>
        <translation>Role of the person in the document</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation>
            <numerusform>%n person found</numerusform>
            <numerusform>%n people found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonProposalBox</name>
    <message>
        <source>Persons who match the name in the document</source>
        <translation>Persons who match the name in the document</translation>
    </message>
    <message>
        <source>Li&amp;nk to this person</source>
        <translation>Li&amp;nk to this person</translation>
    </message>
    <message>
        <source>Link the document to the chosen person</source>
        <translation>Link the document to the chosen person</translation>
    </message>
    <message>
        <source>Make a new person from the name in the document and link it</source>
        <translation>Make a new person from the name in the document and link it</translation>
    </message>
    <message>
        <source>The text of this document names nobody the program can read. Link it to a person with “Link person…”.</source>
        <translation>The text of this document names nobody the program can read. Link it to a person with “Link person…”.</translation>
    </message>
    <message>
        <source>The document names “%1”; nobody in the catalogue matches.</source>
        <translation>The document names “%1”; nobody in the catalogue matches.</translation>
    </message>
    <message>
        <source>The document names “%1”; several persons match equally well: choose one.</source>
        <translation>The document names “%1”; several persons match equally well: choose one.</translation>
    </message>
    <message>
        <source>The document names “%1”. Is it this person?</source>
        <translation>The document names “%1”. Is it this person?</translation>
    </message>
    <message>
        <source>Ne&amp;w person “%1”</source>
        <translation>Ne&amp;w person “%1”</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>&amp;Notes are private</source>
        <translation>&amp;Notes are private</translation>
    </message>
    <message>
        <source>Leave this person&apos;s notes out of every export, package and dossier</source>
        <translation>Leave this person&apos;s notes out of every export, package and dossier</translation>
    </message>
    <message>
        <source>The chosen &amp;claim is private</source>
        <translation>The chosen &amp;claim is private</translation>
    </message>
    <message>
        <source>Leave the claim chosen in the timeline out of every export, package and dossier</source>
        <translation>Leave the claim chosen in the timeline out of every export, package and dossier</translation>
    </message>
    <message>
        <source>Document is &amp;private</source>
        <translation>Document is &amp;private</translation>
    </message>
    <message>
        <source>Leave this document, its pages and the claims citing it out of every export, package and dossier</source>
        <translation>Leave this document, its pages and the claims citing it out of every export, package and dossier</translation>
    </message>
    <message>
        <source>Show &amp;private items</source>
        <translation>Show &amp;private items</translation>
    </message>
    <message>
        <source>Show private notes, claims and documents in the dossier (this session only)</source>
        <translation>Show private notes, claims and documents in the dossier (this session only)</translation>
    </message>
    <message>
        <source>Living or not: &amp;presumed from the dates</source>
        <translation>Living or not: &amp;presumed from the dates</translation>
    </message>
    <message>
        <source>Marked &amp;living</source>
        <translation>Marked &amp;living</translation>
    </message>
    <message>
        <source>Marked &amp;deceased</source>
        <translation>Marked &amp;deceased</translation>
    </message>
    <message>
        <source>P&amp;rivacy</source>
        <translation>P&amp;rivacy</translation>
    </message>
    <message>
        <source>Notes private</source>
        <translation>Notes private</translation>
    </message>
    <message>
        <source>Notes not private</source>
        <translation>Notes not private</translation>
    </message>
    <message>
        <source>Claim private</source>
        <translation>Claim private</translation>
    </message>
    <message>
        <source>Claim not private</source>
        <translation>Claim not private</translation>
    </message>
    <message>
        <source>Mark living or deceased</source>
        <translation>Mark living or deceased</translation>
    </message>
    <message>
        <source>Document private</source>
        <translation>Document private</translation>
    </message>
    <message>
        <source>Document not private</source>
        <translation>Document not private</translation>
    </message>
</context>
<context>
    <name>ProcessingPanel</name>
    <message>
        <source>Automatically</source>
        <translation>Automatically</translation>
    </message>
    <message>
        <source>Measure how the lines of text slope and turn the page to level them</source>
        <translation>Measure how the lines of text slope and turn the page to level them</translation>
    </message>
    <message>
        <source>Turn by this angle, clockwise (negative: anticlockwise)</source>
        <translation>Turn by this angle, clockwise (negative: anticlockwise)</translation>
    </message>
    <message>
        <source>red</source>
        <translation>red</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blue</translation>
    </message>
    <message>
        <source>violet</source>
        <translation>violet</translation>
    </message>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>Lift %1 stamps and ink towards the paper, so the type shows</source>
        <translation>Lift %1 stamps and ink towards the paper, so the type shows</translation>
    </message>
    <message>
        <source>Greyscale</source>
        <translation>Greyscale</translation>
    </message>
    <message>
        <source>Stretch contrast</source>
        <translation>Stretch contrast</translation>
    </message>
    <message>
        <source>Make faint type darker and yellowed paper lighter</source>
        <translation>Make faint type darker and yellowed paper lighter</translation>
    </message>
    <message>
        <source>Colours as scanned</source>
        <translation>Colours as scanned</translation>
    </message>
    <message>
        <source>Black and white (adaptive)</source>
        <translation>Black and white (adaptive)</translation>
    </message>
    <message>
        <source>Black and white (one threshold)</source>
        <translation>Black and white (one threshold)</translation>
    </message>
    <message>
        <source>Black and white helps text recognition on stained or unevenly lit pages; adaptive follows the light across the page</source>
        <translation>Black and white helps text recognition on stained or unevenly lit pages; adaptive follows the light across the page</translation>
    </message>
    <message>
        <source>Original look</source>
        <translation>Original look</translation>
    </message>
    <message>
        <source>Undo the straightening and clean-up (rotation and crop stay)</source>
        <translation>Undo the straightening and clean-up (rotation and crop stay)</translation>
    </message>
    <message>
        <source>Straighten:</source>
        <translation>Straighten:</translation>
    </message>
    <message>
        <source>Lift stamps:</source>
        <translation>Lift stamps:</translation>
    </message>
</context>
<context>
    <name>ReasonLinks</name>
    <message>
        <source>Click a claim to see it and the page it comes from</source>
        <translation>Click a claim to see it and the page it comes from</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Go to %1</translation>
    </message>
    <message>
        <source>%1 chosen: Enter opens it, the arrow keys choose another.</source>
        <translation>%1 chosen: Enter opens it, the arrow keys choose another.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Paste a record</source>
        <translation>Paste a record</translation>
    </message>
    <message>
        <source>Paste the text of a record from the Memorial database «Жертвы политического террора в СССР», a Book of Memory or the Open List. It is read into the person&apos;s details and dated claims, which cite the record.</source>
        <translation>Paste the text of a record from the Memorial database «Жертвы политического террора в СССР», a Book of Memory or the Open List. It is read into the person&apos;s details and dated claims, which cite the record.</translation>
    </message>
    <message>
        <source>Text of the record</source>
        <translation>Text of the record</translation>
    </message>
    <message>
        <source>Surname Given name Patronymic</source>
        <translation>Surname Given name Patronymic</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Claims read from the record</source>
        <translation>Claims read from the record</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>From the words</source>
        <translation>From the words</translation>
    </message>
    <message>
        <source>Lines not understood</source>
        <translation>Lines not understood</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Claims:</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>Add as a new person</translation>
    </message>
    <message>
        <source>Add to %1 (fills only the empty fields)</source>
        <translation>Add to %1 (fills only the empty fields)</translation>
    </message>
    <message>
        <source>Add to the person selected in the list</source>
        <translation>Add to the person selected in the list</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>Not understood (kept in the person&apos;s notes): %1</source>
        <translation>Not understood (kept in the person&apos;s notes): %1</translation>
    </message>
    <message>
        <source>Every part of the record was understood.</source>
        <translation>Every part of the record was understood.</translation>
    </message>
    <message>
        <source>Write the person&apos;s name: the record names no one.</source>
        <translation>Write the person&apos;s name: the record names no one.</translation>
    </message>
</context>
<context>
    <name>RegionReader</name>
    <message>
        <source>Read a region again…</source>
        <translation>Read a region again…</translation>
    </message>
    <message>
        <source>Draw a rectangle on the page: its words are read again and can replace those of the text</source>
        <translation>Draw a rectangle on the page: its words are read again and can replace those of the text</translation>
    </message>
    <message>
        <source>Read region again</source>
        <translation>Read region again</translation>
    </message>
</context>
<context>
    <name>RegionTextDialog</name>
    <message>
        <source>Read the region again</source>
        <translation>Read the region again</translation>
    </message>
    <message>
        <source>The text has here:</source>
        <translation>The text has here:</translation>
    </message>
    <message>
        <source>No word of the text lies in this region: the reading can be put at the cursor.</source>
        <translation>No word of the text lies in this region: the reading can be put at the cursor.</translation>
    </message>
    <message>
        <source>&amp;Read again:</source>
        <translation>&amp;Read again:</translation>
    </message>
    <message>
        <source>Replace the words</source>
        <translation>Replace the words</translation>
    </message>
    <message>
        <source>Put at the cursor</source>
        <translation>Put at the cursor</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <source>Add a relative of %1</source>
        <translation>Add a relative of %1</translation>
    </message>
    <message>
        <source>Parent (father or mother)</source>
        <translation>Parent (father or mother)</translation>
    </message>
    <message>
        <source>Spouse (husband or wife)</source>
        <translation>Spouse (husband or wife)</translation>
    </message>
    <message>
        <source>Child (son or daughter)</source>
        <translation>Child (son or daughter)</translation>
    </message>
    <message>
        <source>Sibling (brother or sister)</source>
        <translation>Sibling (brother or sister)</translation>
    </message>
    <message>
        <source>&amp;Relative is a:</source>
        <translation>&amp;Relative is a:</translation>
    </message>
    <message>
        <source>A person already in the &amp;catalogue</source>
        <translation>A person already in the &amp;catalogue</translation>
    </message>
    <message>
        <source>A &amp;new person</source>
        <translation>A &amp;new person</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>e.g. 14.05.1901 or 1901</source>
        <translation>e.g. 14.05.1901 or 1901</translation>
    </message>
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
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>&amp;Born:</translation>
    </message>
    <message>
        <source>Type a name to find the person</source>
        <translation>Type a name to find the person</translation>
    </message>
    <message>
        <source>Find a person by name</source>
        <translation>Find a person by name</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>People found</translation>
    </message>
    <message>
        <source>Find and choose the person first.</source>
        <translation>Find and choose the person first.</translation>
    </message>
    <message>
        <source>The date of birth: %1</source>
        <translation>The date of birth: %1</translation>
    </message>
    <message>
        <source>A new person needs a surname or a given name.</source>
        <translation>A new person needs a surname or a given name.</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Find scanners</source>
        <translation>Find scanners</translation>
    </message>
    <message>
        <source>Scanner:</source>
        <translation>Scanner:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colours:</translation>
    </message>
    <message>
        <source>A preview of the page appears here.</source>
        <translation>A preview of the page appears here.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>A quick look at what lies on the scanner</source>
        <translation>A quick look at what lies on the scanner</translation>
    </message>
    <message>
        <source>Scan as a new document</source>
        <translation>Scan as a new document</translation>
    </message>
    <message>
        <source>Scan a page into this document</source>
        <translation>Scan a page into this document</translation>
    </message>
    <message>
        <source>Add the page after the last page of “%1”</source>
        <translation>Add the page after the last page of “%1”</translation>
    </message>
    <message>
        <source>Open a document first to add pages to it</source>
        <translation>Open a document first to add pages to it</translation>
    </message>
    <message>
        <source>Looking for scanners… (network scanners take a moment)</source>
        <translation>Looking for scanners… (network scanners take a moment)</translation>
    </message>
    <message numerus="yes">
        <source>%n scanner(s) found.</source>
        <translation>
            <numerusform>%n scanner found.</numerusform>
            <numerusform>%n scanners found.</numerusform>
        </translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is connected and switched on, then press “Find scanners” again.</source>
        <translation>No scanner was found. Check that it is connected and switched on, then press “Find scanners” again.</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Black and white</translation>
    </message>
    <message>
        <source>Halftone</source>
        <translation>Halftone</translation>
    </message>
    <message>
        <source>Scanning a preview…</source>
        <translation>Scanning a preview…</translation>
    </message>
    <message>
        <source>Preview scanned. Adjust the page if needed, then scan it.</source>
        <translation>Preview scanned. Adjust the page if needed, then scan it.</translation>
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
    <name>SourcePicker</name>
    <message>
        <source>Document the claim cites</source>
        <translation>Document the claim cites</translation>
    </message>
    <message>
        <source>No document: my own conclusion</source>
        <translation>No document: my own conclusion</translation>
    </message>
    <message>
        <source>Page of the document</source>
        <translation>Page of the document</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Whole document</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Without a document the claim is your own conclusion; the checks never count it as an archival record.</source>
        <translation>Without a document the claim is your own conclusion; the checks never count it as an archival record.</translation>
    </message>
    <message>
        <source>The selected words are marked on the page.</source>
        <translation>The selected words are marked on the page.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>This catalogue is empty. How would you like to begin?</source>
        <translation>This catalogue is empty. How would you like to begin?</translation>
    </message>
</context>
<context>
    <name>SuggestionRow</name>
    <message>
        <source>Open the page with the words it was read from</source>
        <translation>Open the page with the words it was read from</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>The page does say this: add it to what the documents say</source>
        <translation>The page does say this: add it to what the documents say</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>The program misread the page: delete this suggestion</source>
        <translation>The program misread the page: delete this suggestion</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Read by the program from the text of a page. Check each against the page, then accept or reject it.</source>
        <translation>Read by the program from the text of a page. Check each against the page, then accept or reject it.</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Accept all</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>Reject all</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open what was written in its program</source>
        <translation>Open what was written in its program</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <source>Open the folder that holds it</source>
        <translation>Open the folder that holds it</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 done</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was left half-written.</source>
        <translation>Cancelled. Nothing was left half-written.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TextResultsView</name>
    <message>
        <source>Texts found</source>
        <translation>Texts found</translation>
    </message>
    <message>
        <source>Type words in the search box to find them in the text of pages, in claims and in notes, in any grammatical form.</source>
        <translation>Type words in the search box to find them in the text of pages, in claims and in notes, in any grammatical form.</translation>
    </message>
    <message>
        <source>No page, claim or note contains “%1”.</source>
        <translation>No page, claim or note contains “%1”.</translation>
    </message>
    <message>
        <source>The words occur in many more places; the newest are shown. Add a word to narrow the search.</source>
        <translation>The words occur in many more places; the newest are shown. Add a word to narrow the search.</translation>
    </message>
    <message>
        <source>Notes on %1</source>
        <translation>Notes on %1</translation>
    </message>
    <message>
        <source>Conclusion about %1</source>
        <translation>Conclusion about %1</translation>
    </message>
    <message>
        <source>, page %1</source>
        <translation>, page %1</translation>
    </message>
    <message>
        <source>a claim about %1</source>
        <translation>a claim about %1</translation>
    </message>
    <message>
        <source>the document&apos;s description</source>
        <translation>the document&apos;s description</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>What the documents say</source>
        <translation>What the documents say</translation>
    </message>
    <message>
        <source>Up and Down choose a claim, Enter edits it</source>
        <translation>Up and Down choose a claim, Enter edits it</translation>
    </message>
</context>
<context>
    <name>TranscriptionEditor</name>
    <message>
        <source>Text of the page</source>
        <translation>Text of the page</translation>
    </message>
    <message>
        <source>The page&apos;s transcription; the word at the cursor is marked on the image</source>
        <translation>The page&apos;s transcription; the word at the cursor is marked on the image</translation>
    </message>
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
        <source>Name a new folder for the catalogue (or choose an empty one)</source>
        <translation>Name a new folder for the catalogue (or choose an empty one)</translation>
    </message>
    <message>
        <source>Spravka catalogue</source>
        <translation>Spravka catalogue</translation>
    </message>
    <message>
        <source>Choose a catalogue folder</source>
        <translation>Choose a catalogue folder</translation>
    </message>
</context>
<context>
    <name>Work</name>
    <message>
        <source>&amp;Import scans…</source>
        <translation>&amp;Import scans…</translation>
    </message>
    <message>
        <source>Add image files or PDFs to the catalogue as documents</source>
        <translation>Add image files or PDFs to the catalogue as documents</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <source>Add every scan in a folder and the folders inside it</source>
        <translation>Add every scan in a folder and the folders inside it</translation>
    </message>
    <message>
        <source>S&amp;can…</source>
        <translation>S&amp;can…</translation>
    </message>
    <message>
        <source>Scan a page with a scanner</source>
        <translation>Scan a page with a scanner</translation>
    </message>
    <message>
        <source>&amp;Text recognition (OCR)</source>
        <translation>&amp;Text recognition (OCR)</translation>
    </message>
    <message>
        <source>Pages waiting for text recognition, and running it</source>
        <translation>Pages waiting for text recognition, and running it</translation>
    </message>
    <message>
        <source>C&amp;heck the catalogue</source>
        <translation>C&amp;heck the catalogue</translation>
    </message>
    <message>
        <source>Look for invented death dates (instruction 108ss) and contradictions in every person&apos;s claims</source>
        <translation>Look for invented death dates (instruction 108ss) and contradictions in every person&apos;s claims</translation>
    </message>
    <message>
        <source>Checking the catalogue</source>
        <translation>Checking the catalogue</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) checked.</source>
        <translation>
            <numerusform>%n person checked.</numerusform>
            <numerusform>%n people checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) raised</source>
        <translation>
            <numerusform>%n flag raised</numerusform>
            <numerusform>%n flags raised</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 new, %2 refreshed, %3 left dismissed as you decided).</source>
        <translation>(%1 new, %2 refreshed, %3 left dismissed as you decided).</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested flag(s) removed: their claims changed.</source>
        <translation>
            <numerusform>%n suggested flag removed: its claims changed.</numerusform>
            <numerusform>%n suggested flags removed: their claims changed.</numerusform>
        </translation>
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
        <source>Propose claims from this page</source>
        <translation>Propose claims from this page</translation>
    </message>
    <message>
        <source>Read the dates, sentences and causes this page states and suggest them as claims, each citing its words, for you to accept or reject</source>
        <translation>Read the dates, sentences and causes this page states and suggest them as claims, each citing its words, for you to accept or reject</translation>
    </message>
    <message>
        <source>Propose claims</source>
        <translation>Propose claims</translation>
    </message>
    <message>
        <source>Document &amp;details…</source>
        <translation>Document &amp;details…</translation>
    </message>
    <message>
        <source>The kind of document, who issued it and when, where it is kept</source>
        <translation>The kind of document, who issued it and when, where it is kept</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Recognise this document&apos;s text</source>
        <translation>Recognise this document&apos;s text</translation>
    </message>
    <message>
        <source>Run text recognition (OCR) on the pages of this document that need it</source>
        <translation>Run text recognition (OCR) on the pages of this document that need it</translation>
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
