using System.Text.Json;
using CivilityBot.Protocol.Schema;

namespace CivilityBot.Protocol.Tests;

public class ActivitySizeTests
{
    [Theory]
    [InlineData(1_000, true)]
    [InlineData(15_000, true)]
    [InlineData(19_500, true)]
    [InlineData(21_000, false)]
    [InlineData(60_000, false)]
    public void FitsTeams_AgreesWithTheExactUtf16Count(int chineseCharacters, bool fits)
    {
        var activity = WithCard(new string('进', chineseCharacters));

        Assert.Equal(fits, ActivitySize.FitsTeams(activity));
        Assert.Equal(fits, ActivitySize.Utf16Bytes(activity) <= ActivitySize.TeamsLimitBytes);
    }

    [Fact]
    public void FitsTeams_ALongTextOfEscapedCharacters_IsMeasuredExactly()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = new string('\u0001', 5_000) };

        Assert.False(ActivitySize.FitsTeams(activity));
    }

    private static Activity WithCard(string text) => new()
    {
        Type = ActivityTypes.Message,
        Attachments =
        [
            new Attachment
            {
                ContentType = AttachmentContentTypes.AdaptiveCard,
                Content = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["type"] = "AdaptiveCard", ["text"] = text }),
            },
        ],
    };
}
