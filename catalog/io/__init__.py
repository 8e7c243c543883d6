"""Getting data in and out of a catalogue.

- interchange JSON: `interchange_read` / `interchange_load` (load), `interchange_dump` (dump);
- GEDCOM 5.5.1: `gedcom.export_gedcom`; CSV: `csv_export.export_csv`;
- page transcriptions: `pages_export.export_alto`, `export_hocr`, `export_text`;
  `searchable_pdf.export_searchable_pdf`;
- the family dossier: `dossier.export_dossier`;
- exchange packages: `package_export.export_package`, `package_import.import_package`;
- backups: `backup.backup`, `backup.restore`, `backup.rotate_backups`.

Modules are imported where they are used, so that loading a JSON file never loads the PDF
machinery.
"""
