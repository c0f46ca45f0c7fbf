using CivilityBot.Uploads;

namespace CivilityBot.Tests.Uploads;

public sealed class UploadPurposesTests
{
    [Theory]
    [InlineData("Roster")]
    [InlineData("")]
    [InlineData("人员")]
    [InlineData("a-key-that-is-longer-than-thirty-two")]
    public void A_key_that_is_not_short_lower_case_ASCII_stops_the_service(string key) =>
        Assert.Throws<InvalidOperationException>(() => new UploadPurposes([new Purpose(key)]));

    [Fact]
    public void Two_purposes_with_one_key_stop_the_service() =>
        Assert.Throws<InvalidOperationException>(() => new UploadPurposes([new Purpose("roster"), new Purpose("roster")]));

    [Fact]
    public void Several_receipts_without_a_summary_of_the_purpose_are_shown_one_per_line_with_the_last_card()
    {
        var purpose = new Purpose("task-table");
        var request = new UploadRequest("task-table", "", CivilityBot.Turns.SenderIdentity.Unknown);

        var receipt = UploadPurposes.Summarise(purpose, request, [new UploadReceipt("一"), new UploadReceipt("二")]);

        Assert.Equal("一\n二", receipt.Text);
        Assert.Equal(purpose, new UploadPurposes([purpose]).Find("task-table"));
        Assert.Null(new UploadPurposes([purpose]).Find("roster"));
    }

    private sealed class Purpose(string key) : IUploadPurpose
    {
        public string Key => key;

        public string Title => "任务分解表";

        public IReadOnlyList<string> Extensions => [".xlsx"];

        public long MaxBytes => 1024;

        public string? Refusal(UploadRequest request) => null;

        public Task<UploadReceipt> ReceiveAsync(UploadRequest request, UploadedFile file, CancellationToken cancellationToken) =>
            Task.FromResult(new UploadReceipt(file.FileName));
    }
}
