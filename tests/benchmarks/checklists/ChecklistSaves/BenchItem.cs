namespace ChecklistSaves;

/// <summary>
/// One sub-criterion driven by exactly one worker, which tracks what the bot stored (done state and its revision)
/// the way a card would, so every save is a real change and none is refused as stale.
/// </summary>
internal sealed class BenchItem(string id, int indicator, BenchUser owner)
{
    /// <summary>SHA-256 of the empty evidence, first 4 bytes: the bot's hash of "no evidence".</summary>
    private const string NoEvidenceHash = "e3b0c442";

    public string Id { get; } = id;

    public BenchUser Owner { get; } = owner;

    public bool Done { get; private set; }

    public int DoneRevision { get; private set; }

    public string Seen => $"{indicator}|{(Done ? 1 : 0)}|{DoneRevision}|0|{NoEvidenceHash}";

    public void Saved()
    {
        Done = !Done;
        DoneRevision++;
    }
}
