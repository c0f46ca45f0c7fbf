namespace CivilityBot.Storage;

/// <summary>
/// <see cref="IStoreVersions"/> for a database one process owns (LiteDB): every change goes through this process's own
/// objects, which keep their caches current, so the version never changes.
/// </summary>
public sealed class SingleProcessStoreVersions : IStoreVersions
{
    public long Current(string store) => 0;

    public IDisposable PinForTurn() => NoPin.Instance;

    private sealed class NoPin : IDisposable
    {
        public static readonly NoPin Instance = new();

        public void Dispose()
        {
        }
    }
}
