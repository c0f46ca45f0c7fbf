using System.Text.Json.Nodes;
using CivilityBot.Knowledge;

namespace CivilityBot.Tests.Knowledge;

public class CampaignLoaderTests
{
    private static Campaign Seed => SeedCampaign.Campaign;

    [Fact]
    public void LoadFile_ProjectDataFile_IsReadFromTheOutputFolder()
    {
        Assert.True(File.Exists(SeedCampaign.Path));
        Assert.DoesNotContain("shared", SeedCampaign.Path, StringComparison.Ordinal);
        Assert.Equal(Path.Combine("/srv/bot", "data", "campaign.json"), new CampaignOptions().ResolvedPath("/srv/bot"));
    }

    [Fact]
    public void LoadFile_SeedData_HasTheWholePlan()
    {
        Assert.Equal("岳建函〔2023〕50号", Seed.Document.Number);
        Assert.Equal(new DateOnly(2023, 7, 10), Seed.Document.Date);
        Assert.Equal(31, Seed.Indicators.Count);
        Assert.Equal(9, Seed.Categories.Count);
        Assert.Equal(7, Seed.WorkingGroups.Count);
        Assert.Equal("徐平", Seed.LeadingGroup.Leader);
        Assert.Equal("刘斌", Assert.Single(Seed.Office.DeputyDirectors));
        Assert.Equal(10, Seed.BonusRule!.MaxPoints);
        Assert.NotEmpty(Seed.Notes);
    }

    [Fact]
    public void LoadFile_Phases_ReadTheTypoAndEarlyNovember()
    {
        Assert.Equal(new DateOnly(2023, 10, 31), Seed.Phases[1].End);
        Assert.Equal(new DateOnly(2023, 11, 1), Seed.Phases[2].Start);
        Assert.Equal(new DateOnly(2023, 11, 10), Seed.Phases[2].End);
        Assert.Equal("测评验收阶段", Seed.CurrentPhase(new DateOnly(2023, 11, 5))?.Name);
        Assert.Equal("全面落实阶段", Seed.NextPhase(new DateOnly(2023, 7, 15))?.Name);
        Assert.Null(Seed.CurrentPhase(new DateOnly(2023, 11, 11)));
        Assert.Null(Seed.NextPhase(new DateOnly(2023, 11, 11)));
    }

    [Fact]
    public void Lookups_SpotChecks_MatchThePlan()
    {
        var volunteers = Seed.FindIndicator(16)!;
        Assert.Equal(new Owner("团委", "汪珂吉"), Assert.Single(volunteers.Owners));
        Assert.Equal(5, volunteers.Category);
        var garbage = Seed.Indicators.Single(indicator => indicator.SubCriteria.Any(sub => sub.Text.Contains("垃圾分类", StringComparison.Ordinal)));
        Assert.Equal(12, garbage.Number);
        Assert.Equal(new Owner("办公室", "宋伟"), Assert.Single(garbage.Owners));
        Assert.Contains("志愿者", Seed.FindSubCriterion("16.1")!.Text, StringComparison.Ordinal);
        Assert.Equal(16, Seed.IndicatorOf("16.1")!.Number);
        Assert.Null(Seed.FindIndicator(32));
    }

    [Fact]
    public void Lookups_People_IncludeThoseWhoOnlyOwnIndicators()
    {
        Assert.Equal(["工会"], Seed.FindPerson("陈振红")!.Departments);
        Assert.Equal([31], Seed.IndicatorsOwnedBy("彭挺").Select(indicator => indicator.Number));
        Assert.Equal(Seed.IndicatorsOwnedBy("宋伟"), Seed.IndicatorsOwnedBy("宋 伟"));
        Assert.Contains(12, Seed.IndicatorsOwnedBy("宋伟").Select(indicator => indicator.Number));
        Assert.Empty(Seed.FindPerson("宋衍")!.Departments);
        Assert.All(Seed.Roster, person => Assert.DoesNotContain(' ', person.Name));
    }

    [Fact]
    public void Categories_DeclaredTotals_MatchTheirIndicators()
    {
        Assert.Equal(12, Seed.FindCategory(1)!.DeclaredPoints);
        Assert.Equal(10, Seed.SummedPoints(Seed.FindCategory(1)!));
        Assert.All(Seed.Categories.Where(category => category.Number > 1 && category.DeclaredPoints is not null),
            category => Assert.Equal(category.DeclaredPoints, Seed.SummedPoints(category)));
        Assert.Equal([6, 7], Seed.IndicatorsIn(Seed.FindCategory(3)!).Select(indicator => indicator.Number));
    }

    public static TheoryData<string, Action<JsonObject>> BrokenFiles => new()
    {
        { "indicators[15].owners[0].person is empty", json => Indicator(json, 15)["owners"]![0]!["person"] = "" },
        { "indicators[0].subCriteria[1].points is missing", json => Indicator(json, 0)["subCriteria"]![1]!.AsObject().Remove("points") },
        { "indicators[3].owners[0].person 张三 is not on the roster", json => Indicator(json, 3)["owners"]![0]!["person"] = "张三" },
        { "indicators[2].category 99 is not a known category", json => Indicator(json, 2)["category"] = 99 },
        { "indicators[5].number 5 appears twice", json => Indicator(json, 5)["number"] = 5 },
        { "indicators[30].number is 32, expected 31", json => Indicator(json, 30)["number"] = 32 },
        { "indicators[1].subCriteria[0].id 1.1 appears twice", json => Indicator(json, 1)["subCriteria"]![0]!["id"] = "1.1" },
        { "indicators[7].methods is empty", json => Indicator(json, 7)["methods"] = new JsonArray() },
        { "indicators[4].title is empty", json => Indicator(json, 4)["title"] = " " },
        { "phases[1].end 2022-10-31 is before its start", json => json["phases"]![1]!["end"] = "2022-10-31" },
        { "roster[1].name 徐平 appears twice", json => json["roster"]![1]!["name"] = "徐平" },
        { "workingGroups[6].leads[0] \"周 敬军\" contains a space", json => json["workingGroups"]![6]!["leads"]![0] = "周 敬军" },
        { "leadingGroup.leader is empty", json => json["leadingGroup"]!["leader"] = "" },
        { "categories[2].number 2 appears twice", json => json["categories"]![2]!["number"] = 2 },
        { "indicators is missing or empty", json => json.Remove("indicators") },
        { "document.number is empty", json => json["document"]!["number"] = "" },
        { "indicators[7].subCriteria[0].owners: 办公室 石勇 is not among the indicator's owners", json => Indicator(json, 7)["subCriteria"]![0]!["owners"]![0]!["department"] = "办公室" },
        { "indicators[7].subCriteria[1].methods: 实地考察 is not among the indicator's methods", json => Indicator(json, 7)["subCriteria"]![1]!["methods"]![0] = "实地考察" },
        { "indicators[7].owners: 机关纪委 周敬军 owns none of its sub-criteria", json => Indicator(json, 7)["subCriteria"]![1]!["owners"] = JsonNode.Parse("""[{ "department": "行政审批办", "person": "石勇" }]""") },
        { "departmentAliases[0].aliases: 法规科 already names a department", json => json["departmentAliases"]![0]!["aliases"]![0] = "法规科" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Parse_BrokenData_NamesTheField(string expected, Action<JsonObject> damage)
    {
        var json = SeedCampaign.Json();
        damage(json);

        var error = Assert.Throws<CampaignDataException>(() => CampaignLoader.Parse(json.ToJsonString()));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotJson_SaysWhereItBroke()
    {
        var error = Assert.Throws<CampaignDataException>(() => CampaignLoader.Parse("{ \"indicators\": [ { \"number\": \"x\" } ] }"));

        Assert.Contains("indicators[0].number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_Missing_SaysNotFound()
    {
        var error = Assert.Throws<CampaignDataException>(() => CampaignLoader.LoadFile("/nonexistent/campaign.json"));

        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAccepted()
    {
        var text = SeedCampaign.Json().ToJsonString().Replace("\"notes\":", "// edited by hand\n\"notes\":", StringComparison.Ordinal);

        Assert.Equal(31, CampaignLoader.Parse(text).Indicators.Count);
    }

    private static JsonNode Indicator(JsonObject json, int index) => json["indicators"]![index]!;
}
