using CivilityBot.Checklists;
using CivilityBot.Tests.Knowledge;
using Microsoft.Extensions.Options;

namespace CivilityBot.Tests.Checklists;

public class ChecklistPagesTests
{
    [Fact]
    public void For_ThePersonWithTheMostItems_CoversEveryItemOnceInIndicatorOrderWithinThePageSize()
    {
        var pages = new ChecklistPages(SeedCampaign.Campaign, Options.Create(new ChecklistOptions { ItemsPerCard = 10 }));
        var busiest = BusiestOwner();

        var split = pages.For(busiest);

        var ids = split.SelectMany(page => page.SelectMany(section => section.Items.Select(item => item.Id))).ToList();
        Assert.Equal(pages.ItemsOf(busiest).Select(pair => pair.Item.Id), ids);
        Assert.All(split, page => Assert.InRange(page.Sum(section => section.Items.Count), 1, 10));
        Assert.True(split.Count > 1);
    }

    [Fact]
    public void For_AnIndicatorThatFits_IsNeverSplitAcrossPages()
    {
        var pages = new ChecklistPages(SeedCampaign.Campaign, Options.Create(new ChecklistOptions { ItemsPerCard = 3 }));

        var split = pages.For("宋伟");

        var sections = split.SelectMany(page => page).ToList();
        Assert.Equal(sections.Count, sections.Select(section => section.Indicator.Number).Distinct().Count());
    }

    [Fact]
    public void For_SomeoneWhoOwnsNothing_IsEmpty()
    {
        var pages = new ChecklistPages(SeedCampaign.Campaign, Options.Create(new ChecklistOptions()));

        Assert.Empty(pages.For("徐平"));
    }

    [Theory]
    [InlineData("石勇", "8.1", "8.2")]
    [InlineData("周敬军", "8.2", "8.1")]
    public void ItemsOf_ASplitIndicator_GivesEachOwnerOnlyTheirSubCriterion(string person, string owned, string notOwned)
    {
        var pages = new ChecklistPages(SeedCampaign.Campaign, Options.Create(new ChecklistOptions()));

        var ids = pages.For(person).SelectMany(page => page.SelectMany(section => section.Items.Select(item => item.Id))).ToList();

        Assert.Contains(owned, ids);
        Assert.DoesNotContain(notOwned, ids);
        Assert.Equal(ids, pages.ItemsOf(person).Select(pair => pair.Item.Id));
    }

    public static string BusiestOwner() => SeedCampaign.Campaign.Roster
        .MaxBy(person => SeedCampaign.Campaign.IndicatorsOwnedBy(person.Name).Sum(indicator => indicator.SubCriteria.Count))!.Name;
}
