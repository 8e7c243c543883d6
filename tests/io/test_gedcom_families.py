"""GEDCOM export of kinship (FAM) and page images (OBJE); read back by Gramps and by Spravka."""

from __future__ import annotations

from pathlib import Path

from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.io.gedcom import export_gedcom
from catalog.io.gedcom_import import import_gedcom
from catalog.services.families import RelationshipFields, add_relationship, family_of
from catalog.services.persons import PersonFields, add_person
from tests.io.test_gedcom import GRAMPS_NS, Family, grammar_errors, gramps_import

BETWEEN = PartialDate(1935, qualifier="between", end=PartialDate(1936))


def add_kin(catalog: Catalog, ids: dict[str, int]) -> dict[str, int]:
    father, mother = ids["p1"], ids["p2"]
    anna = add_person(catalog, PersonFields(surname="Карпенко", given_name="Анна", sex="f")).id
    ivan = add_person(catalog, PersonFields(surname="Карпенко", given_name="Иван", sex="m")).id
    olga = add_person(catalog, PersonFields(surname="Лысенко", given_name="Ольга", sex="f")).id
    oleg = add_person(catalog, PersonFields(surname="Лысенко", given_name="Олег", sex="m")).id
    add_relationship(
        catalog,
        mother,
        father,
        RelationshipFields(kind="spouse", began=PartialDate(1920), ended=BETWEEN, note="венчались"),
    )
    for parent in (father, mother):
        add_relationship(catalog, parent, anna, RelationshipFields(kind="parent"))
        add_relationship(catalog, parent, ivan, RelationshipFields(kind="parent", detail="adopted"))
    add_relationship(catalog, olga, oleg, RelationshipFields(kind="sibling"))
    return {"anna": anna, "ivan": ivan, "olga": olga, "oleg": oleg}


def test_families_and_page_images_are_written(family_catalog: Family, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    kin = add_kin(catalog, ids)
    out = tmp_path / "family.ged"
    report = export_gedcom(catalog, out, language="ru")
    text = out.read_text("utf-8")
    assert grammar_errors(text) == []
    assert report.families == 2
    father, mother = ids["p1"], ids["p2"]
    assert (
        f"0 @F1@ FAM\n1 HUSB @I{father}@\n1 WIFE @I{mother}@\n"
        f"1 CHIL @I{kin['anna']}@\n1 CHIL @I{kin['ivan']}@\n1 MARR\n2 DATE 1920\n"
        "1 EVEN\n2 TYPE Прекращение брака\n2 DATE BET 1935 AND 1936\n1 NOTE венчались\n"
    ) in text
    assert f"0 @F2@ FAM\n1 CHIL @I{kin['olga']}@\n1 CHIL @I{kin['oleg']}@\n" in text
    assert "1 FAMC @F1@\n2 PEDI adopted" in text
    assert text.count("1 FAMS @F1@") == 2
    # The page images beside the file, linked from their sources.
    media = sorted(p.name for p in (tmp_path / "family-media").iterdir())
    assert report.images == len(media) >= 2
    assert "2 FILE family-media/" in text and "3 FORM png" in text and "2 TITL Страница 1" in text
    # No internal words in notes: no claim numbers, no raw scores.
    assert "claim " not in text and "score" not in text
    no_media = export_gedcom(catalog, tmp_path / "plain.ged", media=False)
    assert no_media.images == 0 and "OBJE" not in (tmp_path / "plain.ged").read_text("utf-8")


def test_gramps_reads_the_families_and_finds_the_images(
    family_catalog: Family, tmp_path: Path
) -> None:
    catalog, ids = family_catalog
    kin = add_kin(catalog, ids)
    export_gedcom(catalog, tmp_path / "family.ged", language="ru")
    log, tree = gramps_import(tmp_path / "family.ged", tmp_path)
    assert "No errors detected" in log, log
    assert "Could not import" not in log
    families = tree.findall(".//g:families/g:family", GRAMPS_NS)
    assert len(families) == 2
    children = [len(f.findall("g:childref", GRAMPS_NS)) for f in families]
    assert sorted(children) == [2, 2]
    adopted = [
        ref.get("frel")
        for ref in tree.iterfind(".//g:family/g:childref", GRAMPS_NS)
        if ref.get("frel")
    ]
    assert "Adopted" in adopted
    objects = tree.findall(".//g:objects/g:object", GRAMPS_NS)
    assert objects and all(
        (tmp_path / o.find("g:file", GRAMPS_NS).get("src")).is_file()
        or Path(o.find("g:file", GRAMPS_NS).get("src")).is_file()
        for o in objects
    )
    assert kin


def test_spravka_reads_back_its_own_families(family_catalog: Family, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    add_kin(catalog, ids)
    export_gedcom(catalog, tmp_path / "family.ged")
    with Catalog.create(tmp_path / "second") as second:
        report = import_gedcom(second, tmp_path / "family.ged")
        assert report.problems == []
        assert report.created["relationship"] == 6
        # Spravka's own persons keep their uids (REFN): importing into the first catalogue
        # finds them all and adds no person.
        from sqlalchemy import select

        from catalog import models

        with second.read() as session:
            father = session.scalars(
                select(models.Person).where(models.Person.given_name == "Пётр")
            ).one()
            father_id = father.id
        family = family_of(second, father_id)
        marriage = family.spouses[0].relationship
        assert marriage is not None and marriage.began == PartialDate(1920)
        assert marriage.ended == BETWEEN
        assert {c.person.given_name for c in family.children} == {"Анна", "Иван"}
    again = import_gedcom(catalog, tmp_path / "family.ged")
    assert again.created.get("person", 0) == 0 and again.present["person"] == 6
    assert again.present["relationship"] == 6 and again.problems == []
    assert again.created.get("relationship", 0) == 0
