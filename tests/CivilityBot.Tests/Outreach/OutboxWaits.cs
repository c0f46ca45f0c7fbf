namespace CivilityBot.Tests.Outreach;

/// <summary>Waits (bounded) for the background dispatcher to bring a batch to its end.</summary>
internal static class OutboxWaits
{
    public static async Task FinishedAsync(IOutbox outbox, int batchId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (outbox.FindBroadcast(batchId) is not { FinishedAt: not null })
        {
            Assert.True(DateTime.UtcNow < deadline, $"Batch {batchId} did not finish within 30 s.");
            await Task.Delay(20);
        }
    }
}
