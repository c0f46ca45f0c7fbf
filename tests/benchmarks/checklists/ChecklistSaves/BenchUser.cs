namespace ChecklistSaves;

/// <summary>A Teams user whose display name is a roster name, so the bot links them on first contact.</summary>
internal sealed record BenchUser(int Number, string Name)
{
    public string UserId => $"29:bench-{Number}";

    public string AadObjectId => $"b0000000-0000-4000-8000-{Number:D12}";
}
