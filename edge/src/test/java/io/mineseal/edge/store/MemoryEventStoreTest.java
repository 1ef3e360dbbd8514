package io.mineseal.edge.store;

class MemoryEventStoreTest extends EventStoreContract {
  @Override
  protected EventStore open(Capacity capacity) {
    return new MemoryEventStore(capacity);
  }
}
