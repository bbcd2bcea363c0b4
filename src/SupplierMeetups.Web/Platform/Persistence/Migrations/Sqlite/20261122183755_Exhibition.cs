using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierMeetups.Web.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Exhibition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "exhibition_BoothProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exhibition_BoothProposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exhibition_BoothRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaSquareMetres = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PreferredHall = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NearFirmIds = table.Column<string>(type: "TEXT", nullable: false),
                    CompetitorFirmIds = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exhibition_BoothRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exhibition_Booths",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    X = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Y = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Width = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Depth = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Price = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Restriction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exhibition_Booths", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exhibition_ExhibitionSettings",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AllowSeveralBoothsPerFirm = table.Column<bool>(type: "INTEGER", nullable: false),
                    HoldHours = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exhibition_ExhibitionSettings", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "exhibition_BoothAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoothId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HeldUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exhibition_BoothAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_exhibition_BoothAssignments_exhibition_Booths_BoothId",
                        column: x => x.BoothId,
                        principalTable: "exhibition_Booths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_exhibition_BoothAssignments_BoothId",
                table: "exhibition_BoothAssignments",
                column: "BoothId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exhibition_BoothAssignments_EventId_FirmId",
                table: "exhibition_BoothAssignments",
                columns: new[] { "EventId", "FirmId" });

            migrationBuilder.CreateIndex(
                name: "IX_exhibition_BoothProposals_EventId",
                table: "exhibition_BoothProposals",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_exhibition_BoothRequests_EventId_FirmId",
                table: "exhibition_BoothRequests",
                columns: new[] { "EventId", "FirmId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exhibition_Booths_EventId_Code",
                table: "exhibition_Booths",
                columns: new[] { "EventId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exhibition_BoothAssignments");

            migrationBuilder.DropTable(
                name: "exhibition_BoothProposals");

            migrationBuilder.DropTable(
                name: "exhibition_BoothRequests");

            migrationBuilder.DropTable(
                name: "exhibition_ExhibitionSettings");

            migrationBuilder.DropTable(
                name: "exhibition_Booths");
        }
    }
}
