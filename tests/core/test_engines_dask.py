"""The Dask engine: a build on a LocalCluster of two workers writes what the one-process build writes,
refuses workers with other extraction code, and loses nothing when a worker is killed mid-build.
(Apart from test_engines: its in-process cluster's threads must not be alive while local workers fork.)"""

from __future__ import annotations

import sys

import pytest

from frontmap.build import build_corpus
from frontmap.engines import DaskEngine, EngineError

from test_engines import DiesOnce, build_outputs, corpus, extractor, serial  # noqa: F401  (shared fixtures)


@pytest.fixture(scope="module")
def threads_client():
    """A Dask client on a LocalCluster of two in-process workers (quick to start)."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


def test_a_dask_cluster_of_two_workers_writes_what_one_process_writes(corpus, extractor, serial, threads_client, tmp_path):
    assert build_outputs(corpus, tmp_path, extractor, DaskEngine(client=threads_client, chunk=5)) == serial


def test_dask_workers_with_other_extraction_code_are_refused(corpus, extractor, threads_client, tmp_path):
    other = DiesOnce(extractor, tmp_path / "never", "no such file")
    other.fingerprint = "0123456789abcdef"
    with pytest.raises(EngineError, match="other extraction code"):
        build_corpus(corpus, data_dir=tmp_path / "data", extract=other, engine=DaskEngine(client=threads_client))


def test_a_killed_dask_worker_loses_nothing(corpus, extractor, serial, tmp_path):
    import cloudpickle
    from distributed import Client, LocalCluster

    cloudpickle.register_pickle_by_value(sys.modules[DiesOnce.__module__])  # workers cannot import the tests
    dies = DiesOnce(extractor, tmp_path / "died", "0000020")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        assert build_outputs(corpus, tmp_path / "data", dies, DaskEngine(client=client, chunk=4)) == serial
    assert (tmp_path / "died").exists()
