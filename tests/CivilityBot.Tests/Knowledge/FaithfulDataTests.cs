using CivilityBot.Knowledge;

namespace CivilityBot.Tests.Knowledge;

/// <summary>The seed data says what the damaged table prints, and marks every reading it does not print plainly.</summary>
public class FaithfulDataTests
{
    private static Campaign Seed => SeedCampaign.Campaign;

    [Fact]
    public void Items24To26_KeepThePrintedSongYanAsAReadingOfSongWei()
    {
        foreach (var number in new[] { 24, 25, 26 })
        {
            var owner = Assert.Single(Seed.FindIndicator(number)!.Owners, owner => owner.Person == "宋衍");
            Assert.Equal(("团委", true, "宋伟"), (owner.Department, owner.Inferred, owner.Reading));
            Assert.Contains("宋 衍", owner.Note, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(Seed.FindIndicator(24)!.Owners, owner => owner is { Person: "宋伟", Department: "团委" });
    }

    [Fact]
    public void SongWei_GetsNoDepartmentFromTheDoubtfulName()
    {
        Assert.Equal(["办公室"], Seed.FindPerson("宋伟")!.Departments);
        var songYan = Seed.FindPerson("宋衍")!;
        Assert.Empty(songYan.Departments);
        Assert.Empty(songYan.InferredDepartments);
        Assert.Contains("疑为宋伟", songYan.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(22, "廖亚辉")]
    [InlineData(22, "黎朝辉")]
    [InlineData(23, "柳佳钊")]
    [InlineData(23, "雷方")]
    [InlineData(24, "雷方")]
    [InlineData(26, "雷方")]
    public void PairingsByPositionOnly_AreMarkedInferredWithAReason(int number, string person)
    {
        var owner = Assert.Single(Seed.FindIndicator(number)!.Owners, owner => owner.Person == person);

        Assert.True(owner.Inferred);
        Assert.Contains("按位置", owner.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void PeoplePairedByPositionOnly_HaveOnlyInferredDepartments()
    {
        Assert.Empty(Seed.FindPerson("雷方")!.Departments);
        Assert.Equal(["住保中心", "团委"], Seed.FindPerson("雷方")!.InferredDepartments);
        Assert.Equal(["质监站"], Seed.FindPerson("廖亚辉")!.InferredDepartments);
    }

    [Fact]
    public void Item8_OwnersAndMethodsBelongToItsSubCriteria()
    {
        var first = Seed.FindSubCriterion("8.1")!;
        var second = Seed.FindSubCriterion("8.2")!;

        Assert.Equal(new Owner("行政审批办", "石勇"), Assert.Single(Seed.OwnersOf(first)));
        Assert.Equal(["材料审核", "问卷调查"], Seed.MethodsOf(first));
        Assert.Equal(new Owner("机关纪委", "周敬军"), Assert.Single(Seed.OwnersOf(second)));
        Assert.Equal(["材料审核"], Seed.MethodsOf(second));
        Assert.Equal(Seed.FindIndicator(16)!.Owners, Seed.OwnersOf(Seed.FindSubCriterion("16.1")!));
    }

    [Fact]
    public void Items6And7_CarryGuoLifangAsInferredAndSayWhy()
    {
        foreach (var number in new[] { 6, 7 })
        {
            var owner = Assert.Single(Seed.FindIndicator(number)!.Owners, owner => owner.Person == "郭立芳");
            Assert.True(owner.Inferred);
            Assert.Contains("没有印责任人", owner.Note, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LegalSection_WrittenTwoWays_IsOneDepartment()
    {
        Assert.Equal("法规科", Seed.ResolveDepartment("政策法规科"));
        Assert.Equal([20], Seed.IndicatorsOfDepartment("政策法规科").Select(indicator => indicator.Number));
        Assert.Equal(Seed.IndicatorsOfDepartment("法规科"), Seed.IndicatorsOfDepartment("政策法规科"));
        Assert.Equal(["政策法规科"], Seed.AliasesOf("法规科"));
        Assert.DoesNotContain("政策法规科", Seed.Departments);
    }

    [Fact]
    public void CategoryNames_PrintedStayPrintedAndMissingOnesStayInferred()
    {
        Assert.Equal(("文化涵育单位", false), (Seed.FindCategory(6)!.Name, Seed.FindCategory(6)!.NameInferred));
        Assert.All(new[] { 2, 7, 8 }, number =>
        {
            var category = Seed.FindCategory(number)!;
            Assert.True(category.NameInferred);
            Assert.Contains("缺失", category.Note, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void EveryInferredReading_CarriesANote()
    {
        var owners = Seed.Indicators.SelectMany(indicator => indicator.Owners.Concat(indicator.SubCriteria.SelectMany(Seed.OwnersOf)));

        Assert.All(owners.Where(owner => owner.Inferred || owner.Reading is not null), owner => Assert.False(string.IsNullOrWhiteSpace(owner.Note)));
        Assert.All(Seed.Categories.Where(category => category.NameInferred), category => Assert.False(string.IsNullOrWhiteSpace(category.Note)));
        Assert.All(Seed.Roster.Where(person => person.InferredDepartments.Count > 0), person => Assert.False(string.IsNullOrWhiteSpace(person.Note)));
    }

    [Fact]
    public void IndicatorsOwnedBy_FollowsTheSubCriteria()
    {
        Assert.Contains(8, Seed.IndicatorsOwnedBy("石勇").Select(indicator => indicator.Number));
        Assert.Contains(8, Seed.IndicatorsOwnedBy("周敬军").Select(indicator => indicator.Number));
        Assert.Equal([24, 25, 26], Seed.IndicatorsOwnedBy("宋衍").Select(indicator => indicator.Number));
    }
}
