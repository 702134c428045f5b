"""Writing behind extraction: order kept, memory bounded, errors handed back, a stop at a commit point."""

import threading
import time

import pytest

from igr.build.behind import WriteBehind


def test_items_are_written_in_the_order_they_were_put():
    written = []
    with WriteBehind(written.append) as behind:
        for n in range(100):
            behind.put(n)
    assert written == list(range(100))


def test_the_writer_runs_on_another_thread_while_the_caller_goes_on():
    started, release, seen = threading.Event(), threading.Event(), []

    def write(item):
        started.set()
        release.wait(5)
        seen.append((item, threading.current_thread().name))

    with WriteBehind(write) as behind:
        behind.put("a")
        assert started.wait(5)  # the writer is busy with "a" and the caller is not waiting for it
        behind.put("b")
        release.set()
    assert seen == [("a", "igr-write"), ("b", "igr-write")]


def test_put_blocks_when_depth_items_wait():
    release = threading.Event()
    behind = WriteBehind(lambda item: release.wait(5), depth=1)
    behind.put(1)  # being written
    time.sleep(0.05)
    behind.put(2)  # waiting
    blocked = threading.Thread(target=behind.put, args=(3,))
    blocked.start()
    blocked.join(0.2)
    assert blocked.is_alive()  # no room: the third waits for the writer
    release.set()
    blocked.join(5)
    assert not blocked.is_alive()
    behind.close()


@pytest.mark.parametrize("error", [ValueError("disk full"), KeyboardInterrupt()])
def test_an_error_of_the_writer_is_raised_in_the_caller_and_nothing_after_it_is_written(error):
    written = []

    def write(item):
        if item == 2:
            raise error
        written.append(item)

    with pytest.raises(type(error)):
        with WriteBehind(write) as behind:
            for n in range(10):
                behind.put(n)
                time.sleep(0.01)
    assert written == [0, 1]


def test_a_stop_ends_the_item_being_written_at_a_document_and_drops_what_waits():
    written, first_done = [], threading.Event()

    def write(batch):
        for document in batch:
            behind.stopping()
            written.append(document)
            if document == "a2":
                first_done.set()
                time.sleep(0.1)

    with pytest.raises(RuntimeError):
        with WriteBehind(write) as behind:
            behind.put(["a1", "a2", "a3"])
            behind.put(["b1"])
            first_done.wait(5)
            raise RuntimeError("extraction failed")  # the caller stops while "a2" is being written
    assert written == ["a1", "a2"]
