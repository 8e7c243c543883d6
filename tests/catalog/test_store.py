"""The content-addressed blob store: stored once, never changed, verifiable."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from catalog.errors import BlobError
from catalog.store import BlobStore


def test_a_blob_lives_at_its_hash_and_reads_back(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    data = b"page image bytes" * 1000
    stored = store.put_bytes(data)
    sha = hashlib.sha256(data).hexdigest()
    assert stored.sha256 == sha and not stored.already_present
    assert stored.path == tmp_path / "blobs" / sha[:2] / sha[2:4] / sha
    assert store.read_bytes(sha) == data
    assert store.verify(sha)


def test_the_same_image_stored_twice_is_stored_once(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    source = tmp_path / "scan.jpg"
    source.write_bytes(os.urandom(5000))
    first = store.put_file(source)
    second = store.put_file(source)
    assert second.already_present and second.sha256 == first.sha256
    assert list(store) == [first.sha256]


def test_blobs_are_read_only_and_no_temporary_files_are_left(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    stored = store.put_bytes(b"x" * 100)
    assert not stored.path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    leftovers = [p for p in (tmp_path / "blobs").rglob(".incoming-*")]
    assert leftovers == []


def test_a_damaged_blob_fails_verification(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    stored = store.put_bytes(b"original")
    os.chmod(stored.path, 0o644)
    stored.path.write_bytes(b"changed behind our back")
    assert not store.verify(stored.sha256)


def test_a_missing_blob_is_reported_by_hash(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    missing = "ab" * 32
    with pytest.raises(BlobError, match=f"{missing}: missing"):
        store.open(missing)
    with pytest.raises(BlobError, match="not a SHA-256"):
        store.path("../../etc/passwd")


def test_a_failed_write_leaves_no_partial_blob(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    source = tmp_path / "vanishing.jpg"
    source.write_bytes(b"abc")
    with pytest.raises(BlobError, match="changed while it was being stored"):
        store.put_file(source, sha256="0" * 64)  # a hash that does not match the bytes
    assert list(store) == []
    assert [p for p in (tmp_path / "blobs").rglob("*") if p.is_file()] == []
