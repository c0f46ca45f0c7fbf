using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Uploads;

/// <summary>Cards of the Uploads feature: where to send a file (in chat, or through the signed upload page).</summary>
public static class UploadCards
{
    /// <summary>A heading, the instructions and one button opening <paramref name="uploadUrl"/> (the signed upload page).</summary>
    public static AdaptiveCard Pending(string heading, string text, string uploadUrl) => new()
    {
        Body =
        [
            new TextBlock(heading) { Size = CardStyles.Medium, Weight = CardStyles.Bolder },
            new TextBlock(text),
            new ActionSet([new ActionOpenUrl("在网页上上传", uploadUrl)]),
        ],
    };
}
