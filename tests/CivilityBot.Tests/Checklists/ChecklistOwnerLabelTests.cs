using CivilityBot.Cards.Model;
using CivilityBot.Checklists;
using CivilityBot.Knowledge;
using CivilityBot.Tests.Knowledge;
using CivilityBot.Tests.Storage;
using Microsoft.Extensions.Options;

namespace CivilityBot.Tests.Checklists;

/// <summary>A checklist names the owners of the sub-criteria it shows, with their readings marked.</summary>
public sealed class ChecklistOwnerLabelTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly ChecklistCardComposer _composer;

    public ChecklistOwnerLabelTests()
    {
        var campaign = SeedCampaign.Campaign;
        _composer = new ChecklistCardComposer(campaign, new ChecklistPages(campaign, Options.Create(new ChecklistOptions { ItemsPerCard = 20 })),
            new LiteDbChecklistStore(_db.Database), TestClock.Create());
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Compose_Item24_ShowsSongYanAsPrintedWithTheReading()
    {
        var card = CardJson.Serialize(_composer.Compose(new ChecklistView("汪珂吉", 1, null, ReplyLanguage.Chinese))!.Card);

        Assert.Contains("宋衍（原文如此，疑为宋伟）", card, StringComparison.Ordinal);
        Assert.Contains("雷方（推断）", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Item8_ForShiYong_NamesOnlyTheOwnerOf81()
    {
        var card = CardJson.Serialize(_composer.Compose(new ChecklistView("石勇", 1, null, ReplyLanguage.Chinese))!.Card);

        Assert.Contains("8.1", card, StringComparison.Ordinal);
        Assert.DoesNotContain("8.2", card, StringComparison.Ordinal);
        Assert.DoesNotContain("周敬军", card, StringComparison.Ordinal);
    }
}
