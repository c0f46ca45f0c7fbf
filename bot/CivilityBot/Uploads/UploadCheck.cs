namespace CivilityBot.Uploads;

/// <summary>One received file after the intake's checks: <see cref="Staged"/> when it passed, else the Chinese <see cref="Refusal"/>.</summary>
public sealed record UploadCheck(string Name, StagedUpload? Staged, string? Refusal, bool IsTooLarge = false) : IDisposable
{
    public static UploadCheck Refused(string name, string refusal, bool tooLarge = false) => new(name, null, refusal, tooLarge);

    public void Dispose() => Staged?.Dispose();
}
