using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierMeetups.Web.Platform.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Concurrency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "matchmaking",
                table: "MeetingRequests",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                schema: "matchmaking",
                table: "MeetingRequests");
        }
    }
}
