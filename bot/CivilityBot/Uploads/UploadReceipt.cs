using CivilityBot.Cards.Model;

namespace CivilityBot.Uploads;

/// <summary>
/// What the person is told after an upload: <see cref="Text"/> (Chinese, shown on the upload page or replied in chat)
/// and, when there is something to confirm, a <see cref="Card"/> posted to them in Teams (a preview with its buttons).
/// </summary>
public sealed record UploadReceipt(string Text, AdaptiveCard? Card = null);
