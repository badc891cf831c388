"""Extraction on a Dask cluster gives the output of a local build, byte for byte (kg.scale)."""

import os

import pytest

from kg.build import build
from tests.conftest import FIXTURES, ROOT

REQUIRED = os.environ.get("FZ_DASK_REQUIRED") == "1"


def _cluster_or_skip():
    try:
        from distributed import LocalCluster
    except ImportError:
        if REQUIRED:
            pytest.fail("dask.distributed is not installed, and FZ_DASK_REQUIRED=1")
        pytest.skip("dask.distributed is not installed (pip install 'fazhi-kg[dask]')")
    return LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)


def test_a_build_on_a_local_cluster_of_two_workers_is_byte_identical(tmp_path, capsys):
    inputs = [ROOT / "corpus", FIXTURES / "reports" / "xihu-sfj-2023.txt"]
    local = build(inputs, tmp_path / "local", analyses=False, formats=("nq",))
    assert local.ok and len(local.built) == 2
    with _cluster_or_skip() as cluster:
        remote = build(
            inputs,
            tmp_path / "cluster",
            analyses=False,
            formats=("nq",),
            scheduler=cluster.scheduler_address,
        )
        assert remote.ok and remote.cached == 0 and remote.built == local.built
        # the workers extracted both reports: the scheduler ran the task twice
        prefix = cluster.scheduler.task_prefixes.get("extract_bytes")
        assert prefix is not None and prefix.state_counts["memory"] == 2
        for name in ("graph.ttl", "graph.nq"):
            assert (tmp_path / "cluster" / name).read_bytes() == (
                tmp_path / "local" / name
            ).read_bytes(), name
        again = build(
            inputs, tmp_path / "cluster", analyses=False, scheduler=cluster.scheduler_address
        )
        assert again.cached == 2  # the client's cache: nothing is sent twice
    import pyoxigraph

    stores = [pyoxigraph.Store.read_only(str(tmp_path / d / "store")) for d in ("local", "cluster")]
    assert set(stores[0]) == set(stores[1]) and len(stores[0]) > 1000


def test_without_a_scheduler_there_is_one_clear_line(tmp_path, capsys, monkeypatch):
    pytest.importorskip("distributed")
    from kg import scale

    monkeypatch.setattr(scale, "CONNECT_TIMEOUT", "2s")
    status = build(
        [ROOT / "corpus"], tmp_path / "out", analyses=False, scheduler="tcp://127.0.0.1:9"
    )
    err = capsys.readouterr().err
    assert status.failed and "no Dask scheduler at tcp://127.0.0.1:9" in err
    assert "Traceback" not in err and not (tmp_path / "out").exists()
