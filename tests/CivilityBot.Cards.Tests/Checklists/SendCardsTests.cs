using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Model;

namespace CivilityBot.Cards.Tests.Checklists;

public class SendCardsTests
{
    [Fact]
    public void Preview_OffersConfirmAndCancelForItsBatchWithoutSendingInputs()
    {
        var model = new SendPreviewModel("发送清单", "将向 3 人发送", "收件人：宋伟、石勇、汪珂吉", ["石勇：无法送达（尚未安装机器人）"], "batch-1", "确认发送", "取消");

        var card = ChecklistCardsTests.Build(model);

        var actions = ChecklistCardsTests.Actions(card).ToDictionary(action => action.GetProperty("verb").GetString()!);
        Assert.Equal(["checklist.send.confirm", "checklist.send.cancel"], actions.Keys);
        Assert.All(actions.Values, action =>
        {
            Assert.Equal("batch-1", action.GetProperty("data").GetProperty(ChecklistFields.Batch).GetString());
            Assert.Equal(CardData.NoInputs, action.GetProperty("associatedInputs").GetString());
        });
        Assert.Contains("石勇：无法送达（尚未安装机器人）", card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Download_LinksBothFiles()
    {
        var card = CardJson.Serialize(LedgerCards.Download(new LedgerCardModel(
            "台账导出", "共 47 个子项", "链接有效期至 2023-08-04 14:20", "下载 Excel", "http://localhost:3978/ledger/t.xlsx", "下载 CSV", "http://localhost:3978/ledger/t.csv")));

        Assert.Contains("\"url\":\"http://localhost:3978/ledger/t.xlsx\"", card, StringComparison.Ordinal);
        Assert.Contains("\"url\":\"http://localhost:3978/ledger/t.csv\"", card, StringComparison.Ordinal);
    }
}
